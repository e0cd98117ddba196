#!/usr/bin/env bash
# Creates the two database roles HurtHealing uses, in the database $POSTGRES_DB:
#   hurthealing_migrator  owns the schema and applies migrations (--migrate-only); nothing else uses it
#   hurthealing_app       what the running app connects as: read and write rows, nothing more
#                         (no CREATE, ALTER, DROP or TRUNCATE; cannot read other databases' data)
# Run by the postgres image on a new volume (/docker-entrypoint-initdb.d), or by hand:
#   POSTGRES_USER=postgres POSTGRES_DB=hurthealing HH_MIGRATOR_DB_PASSWORD=... HH_APP_DB_PASSWORD=... deploy/postgres/init-roles.sh
# (connection through the usual PGHOST/PGPORT/PGPASSWORD). Running it again only resets the passwords.
set -euo pipefail
: "${HH_MIGRATOR_DB_PASSWORD:?HH_MIGRATOR_DB_PASSWORD is required}"
: "${HH_APP_DB_PASSWORD:?HH_APP_DB_PASSWORD is required}"

psql -v ON_ERROR_STOP=1 --no-psqlrc --username "${POSTGRES_USER:-postgres}" --dbname "${POSTGRES_DB:-hurthealing}" \
  -v migrator_password="$HH_MIGRATOR_DB_PASSWORD" -v app_password="$HH_APP_DB_PASSWORD" <<'SQL'
SELECT 'CREATE ROLE hurthealing_migrator' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hurthealing_migrator') \gexec
SELECT 'CREATE ROLE hurthealing_app' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hurthealing_app') \gexec
ALTER ROLE hurthealing_migrator LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'migrator_password';
ALTER ROLE hurthealing_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'app_password';

SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database()) \gexec
SELECT format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO hurthealing_migrator, hurthealing_app', current_database()) \gexec
REVOKE ALL ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO hurthealing_migrator;
GRANT USAGE ON SCHEMA public TO hurthealing_app;

-- Tables and sequences the migrator creates are usable by the app for rows only.
ALTER DEFAULT PRIVILEGES FOR ROLE hurthealing_migrator IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO hurthealing_app;
ALTER DEFAULT PRIVILEGES FOR ROLE hurthealing_migrator IN SCHEMA public
  GRANT USAGE, SELECT ON SEQUENCES TO hurthealing_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO hurthealing_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO hurthealing_app;
SQL
