using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HurtHealing.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class TalkPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "talk_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    IncidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NeedToState = table.Column<string>(type: "text", nullable: true),
                    OpeningLine = table.Column<string>(type: "text", nullable: true),
                    ListenFor = table.Column<string>(type: "text", nullable: true),
                    ProposedTime = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IsCurrent = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    HowItWent = table.Column<string>(type: "text", nullable: true),
                    HeardScore = table.Column<int>(type: "integer", nullable: true),
                    WhatWeAgreed = table.Column<string>(type: "text", nullable: true),
                    WhatIStillNeed = table.Column<string>(type: "text", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Readiness_BodyCalm = table.Column<int>(type: "integer", nullable: true),
                    Readiness_EnoughTimePassed = table.Column<int>(type: "integer", nullable: true),
                    Readiness_FedAndRested = table.Column<int>(type: "integer", nullable: true),
                    Readiness_KnowWhatINeed = table.Column<int>(type: "integer", nullable: true),
                    Readiness_NeitherRushed = table.Column<int>(type: "integer", nullable: true),
                    Readiness_PartnerLikelyCalm = table.Column<int>(type: "integer", nullable: true),
                    Readiness_Privacy = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_talk_plans", x => x.Id);
                    table.UniqueConstraint("AK_talk_plans_Id_OwnerId", x => new { x.Id, x.OwnerId });
                    table.ForeignKey(
                        name: "FK_talk_plans_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_talk_plans_incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "feel_statements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    When = table.Column<string>(type: "text", nullable: true),
                    Felt = table.Column<string>(type: "text", nullable: true),
                    BecauseINeed = table.Column<string>(type: "text", nullable: true),
                    WouldYou = table.Column<string>(type: "text", nullable: true),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    TalkPlanId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_feel_statements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_feel_statements_talk_plans_TalkPlanId_OwnerId",
                        columns: x => new { x.TalkPlanId, x.OwnerId },
                        principalTable: "talk_plans",
                        principalColumns: new[] { "Id", "OwnerId" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_feel_statements_OwnerId",
                table: "feel_statements",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_feel_statements_TalkPlanId_OwnerId_Position",
                table: "feel_statements",
                columns: new[] { "TalkPlanId", "OwnerId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_talk_plans_one_current_per_incident",
                table: "talk_plans",
                column: "IncidentId",
                unique: true,
                filter: "\"IsCurrent\"");

            migrationBuilder.CreateIndex(
                name: "IX_talk_plans_OwnerId_IsCurrent_Status",
                table: "talk_plans",
                columns: new[] { "OwnerId", "IsCurrent", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "feel_statements");

            migrationBuilder.DropTable(
                name: "talk_plans");
        }
    }
}
