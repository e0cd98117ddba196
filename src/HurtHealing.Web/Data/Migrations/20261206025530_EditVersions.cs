using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HurtHealing.Web.Data.Migrations
{
    /// <summary>
    /// Incidents, talk plans and their statements use PostgreSQL's xmin system column as their version
    /// (optimistic concurrency). Every table already has xmin, so there is nothing to create: the generated
    /// AddColumn("xmin") would fail ("column name conflicts with a system column", npgsql/efcore.pg#3854).
    /// The migration exists so the model snapshot knows the mapping.
    /// </summary>
    public partial class EditVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
