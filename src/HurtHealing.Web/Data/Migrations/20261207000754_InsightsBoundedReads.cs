using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HurtHealing.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class InsightsBoundedReads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_check_ins_OwnerId_CheckedInAt",
                table: "check_ins");

            migrationBuilder.CreateIndex(
                name: "IX_incidents_OwnerId_CategoryIndex_CreatedAt",
                table: "incidents",
                columns: new[] { "OwnerId", "CategoryIndex", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_incidents_OwnerId_CreatedAt",
                table: "incidents",
                columns: new[] { "OwnerId", "CreatedAt" })
                .Annotation("Npgsql:IndexInclude", new[] { "Hurt" });

            migrationBuilder.CreateIndex(
                name: "IX_check_ins_OwnerId_CheckedInAt",
                table: "check_ins",
                columns: new[] { "OwnerId", "CheckedInAt" })
                .Annotation("Npgsql:IndexInclude", new[] { "IncidentId", "Intensity", "ResentmentGrip", "Retriggered" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_incidents_OwnerId_CategoryIndex_CreatedAt",
                table: "incidents");

            migrationBuilder.DropIndex(
                name: "IX_incidents_OwnerId_CreatedAt",
                table: "incidents");

            migrationBuilder.DropIndex(
                name: "IX_check_ins_OwnerId_CheckedInAt",
                table: "check_ins");

            migrationBuilder.CreateIndex(
                name: "IX_check_ins_OwnerId_CheckedInAt",
                table: "check_ins",
                columns: new[] { "OwnerId", "CheckedInAt" });
        }
    }
}
