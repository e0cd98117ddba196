using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HurtHealing.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class EncryptRelationshipWords : Migration
    {
        /// <summary>
        /// Turns the choice columns into text. Their values stay readable until AtRestBackfill (run right after
        /// migrating, see Program.cs) encrypts them: SQL can't encrypt. The integer and vocabulary values become their
        /// plain text ("3", "hurt"), which is exactly what the backfill encrypts.
        /// </summary>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Readiness_Privacy",
                table: "talk_plans",
                type: "text",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Readiness_PartnerLikelyCalm",
                table: "talk_plans",
                type: "text",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Readiness_NeitherRushed",
                table: "talk_plans",
                type: "text",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Readiness_KnowWhatINeed",
                table: "talk_plans",
                type: "text",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Readiness_FedAndRested",
                table: "talk_plans",
                type: "text",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Readiness_EnoughTimePassed",
                table: "talk_plans",
                type: "text",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Readiness_BodyCalm",
                table: "talk_plans",
                type: "text",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            // Hand-written: the moment must become text in the round-trip form the converter reads, whatever the session's DateStyle.
            migrationBuilder.Sql("""
                ALTER TABLE talk_plans ALTER COLUMN "ProposedTime" TYPE text
                USING to_char("ProposedTime" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
                """);

            migrationBuilder.AlterColumn<string>(
                name: "HeardScore",
                table: "talk_plans",
                type: "text",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Kind",
                table: "need_records",
                type: "text",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<string>(
                name: "Status",
                table: "incidents",
                type: "text",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<string>(
                name: "Category",
                table: "incidents",
                type: "text",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AddColumn<string>(
                name: "CategoryIndex",
                table: "incidents",
                type: "character varying(22)",
                maxLength: 22,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "StatusIndex",
                table: "incidents",
                type: "character varying(22)",
                maxLength: 22,
                nullable: false,
                defaultValue: "");

            // Hand-written: '' marks a row whose blind index the start-up backfill still has to compute; new rows always get one from the app.
            migrationBuilder.Sql("""
                ALTER TABLE incidents ALTER COLUMN "CategoryIndex" DROP DEFAULT, ALTER COLUMN "StatusIndex" DROP DEFAULT;
                """);

            migrationBuilder.AlterColumn<string>(
                name: "Word",
                table: "feeling_records",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.CreateTable(
                name: "blind_index_keys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    ProtectedKey = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_blind_index_keys", x => x.Id);
                });
        }

        /// <summary>Only possible before the backfill ran: SQL can't decrypt, so casting a payload back to a number fails and nothing changes.</summary>
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "blind_index_keys");

            migrationBuilder.DropColumn(
                name: "CategoryIndex",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "StatusIndex",
                table: "incidents");

            migrationBuilder.AlterColumn<int>(
                name: "Readiness_Privacy",
                table: "talk_plans",
                type: "integer",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "Readiness_PartnerLikelyCalm",
                table: "talk_plans",
                type: "integer",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "Readiness_NeitherRushed",
                table: "talk_plans",
                type: "integer",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "Readiness_KnowWhatINeed",
                table: "talk_plans",
                type: "integer",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "Readiness_FedAndRested",
                table: "talk_plans",
                type: "integer",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "Readiness_EnoughTimePassed",
                table: "talk_plans",
                type: "integer",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "Readiness_BodyCalm",
                table: "talk_plans",
                type: "integer",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<DateTimeOffset>(
                name: "ProposedTime",
                table: "talk_plans",
                type: "timestamp with time zone",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "HeardScore",
                table: "talk_plans",
                type: "integer",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "Kind",
                table: "need_records",
                type: "integer",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<int>(
                name: "Status",
                table: "incidents",
                type: "integer",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<int>(
                name: "Category",
                table: "incidents",
                type: "integer",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "Word",
                table: "feeling_records",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");
        }
    }
}
