using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HurtHealing.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SessionNotify : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every ended session and every changed ticket is announced in the transaction that changes it,
            // whatever changed it (sign-out, revocation, the cascade of an account deletion, a hand-written
            // DELETE), so each instance's session cache can forget it (Infrastructure/SessionChanges.cs).
            // Touching LastSeenAt alone is not announced: caches only ever hold an older LastSeenAt.
            migrationBuilder.Sql("""
                CREATE FUNCTION user_sessions_announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'UPDATE'
                       AND NEW."Id" = OLD."Id"
                       AND NEW."ProtectedTicket" = OLD."ProtectedTicket"
                       AND NEW."ExpiresAt" = OLD."ExpiresAt" THEN
                        RETURN NULL;
                    END IF;
                    PERFORM pg_notify('hh_sessions', OLD."Id");
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER user_sessions_announce_change
                    AFTER UPDATE OR DELETE ON user_sessions
                    FOR EACH ROW EXECUTE FUNCTION user_sessions_announce_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER user_sessions_announce_change ON user_sessions;
                DROP FUNCTION user_sessions_announce_change();
                """);
        }
    }
}
