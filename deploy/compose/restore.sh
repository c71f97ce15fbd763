#!/usr/bin/env bash
# deploy/compose/restore.sh DIR [--force]: restore a backup of the compose stack (deploy/compose/backup.sh says how).
exec "$(dirname "${BASH_SOURCE[0]}")/backup.sh" restore "$@"
