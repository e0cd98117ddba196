using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HurtHealing.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SafetyQuestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FeltSafe",
                table: "talk_plans",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Readiness_FeelSafe",
                table: "talk_plans",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FeltSafe",
                table: "talk_plans");

            migrationBuilder.DropColumn(
                name: "Readiness_FeelSafe",
                table: "talk_plans");
        }
    }
}
