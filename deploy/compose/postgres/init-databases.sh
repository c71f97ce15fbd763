#!/bin/sh
# Runs once, on the first start of an empty PostgreSQL volume (docker-entrypoint-initdb.d):
# one database and one owner role per service, plus Keycloak's. Passwords come from the
# environment (.env); a service's role can reach only its own database.
set -eu

create() { # create <database/role> <password>
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v name="$1" -v password="$2" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
}

create intake "$INTAKE_DB_PASSWORD"
create workflow "$WORKFLOW_DB_PASSWORD"
create document "$DOCUMENT_DB_PASSWORD"
create stats "$STATS_DB_PASSWORD"
create keycloak "$KEYCLOAK_DB_PASSWORD"
