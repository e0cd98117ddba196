using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HurtHealing.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SessionTimeZoneNotify : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The saved time zone travels with each cached session (Infrastructure/DbTicketStore.cs); a change to
            // it, whoever makes it, is announced for each of the person's sessions in the same transaction, so
            // every instance reads that session (and the new zone) again on its next request.
            migrationBuilder.Sql("""
                CREATE FUNCTION users_announce_time_zone() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('hh_sessions', s."Id") FROM user_sessions s WHERE s."UserId" = NEW."Id";
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER users_announce_time_zone
                    AFTER UPDATE OF "TimeZoneId" ON "AspNetUsers"
                    FOR EACH ROW WHEN (OLD."TimeZoneId" IS DISTINCT FROM NEW."TimeZoneId")
                    EXECUTE FUNCTION users_announce_time_zone();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER users_announce_time_zone ON "AspNetUsers";
                DROP FUNCTION users_announce_time_zone();
                """);
        }
    }
}
