using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HurtHealing.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class OwnerKeyOnEveryOwnedEntity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddForeignKey(
                name: "FK_feel_statements_AspNetUsers_OwnerId",
                table: "feel_statements",
                column: "OwnerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_feel_statements_AspNetUsers_OwnerId",
                table: "feel_statements");
        }
    }
}
