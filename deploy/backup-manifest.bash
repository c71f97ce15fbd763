# The backup MANIFEST, shared by ./platform backup/restore (deploy/platform-backup.bash) and the compose scripts
# (deploy/compose/backup.sh, restore.sh). A backup is a directory of parts and a MANIFEST written last, so a
# directory without one is an unfinished backup. The MANIFEST's lines:
#   motcua-backup 1                      format; then "created", "mode", "source", "commit" and one line per version
#   part <name> <bytes> <sha256>         one per part, checked before a restore touches anything
# The caller defines warn (a message on stderr).

BACKUP_FORMAT=1

manifest_die() { warn "$2"; exit "$1"; }

human_size() { awk -v b="$1" 'BEGIN { split("B KiB MiB GiB", u); i = 1; while (b >= 1024 && i < 4) { b /= 1024; i++ }
  printf (i == 1 ? "%d %s" : "%.1f %s"), b, u[i] }'; }

seconds_since() { awk -v s="$1" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }'; }

# part_done <dir> <part> <start, date +%s.%N>: prints the part's line (size, time) and notes it for the MANIFEST
part_done() {
  local size
  size=$(stat -c %s "$1/$2")
  printf '  %-22s %10s  %6s s\n' "$2" "$(human_size "$size")" "$(seconds_since "$3")"
  printf 'part %s %s %s\n' "$2" "$size" "$(sha256sum "$1/$2" | cut -d' ' -f1)" >>"$1/.parts"
}

# write_manifest <dir> <header line>...: the header lines, then the parts noted by part_done; written last, atomically
write_manifest() {
  local dir=$1
  shift
  { printf 'motcua-backup %s\n' "$BACKUP_FORMAT"; printf '%s\n' "$@"; cat "$dir/.parts"; } >"$dir/MANIFEST.partial" \
    && mv "$dir/MANIFEST.partial" "$dir/MANIFEST" && rm -f "$dir/.parts"
}

manifest_value() { sed -n "s/^$2 //p" "$1/MANIFEST" | head -1; } # manifest_value <dir> <key>

# check_parts <dir> <part>...: the MANIFEST is there, of this format, and lists each part with its size and sha256
check_parts() {
  local dir=$1 part line name size sum actual
  shift
  [[ -d $dir ]] || manifest_die 2 "no directory $dir"
  [[ -f $dir/MANIFEST ]] || manifest_die 2 "$dir has no MANIFEST: not a backup, or one that did not finish"
  [[ $(sed -n '1p' "$dir/MANIFEST") == "motcua-backup $BACKUP_FORMAT" ]] \
    || manifest_die 4 "$dir/MANIFEST is not a format $BACKUP_FORMAT backup: $(sed -n '1p' "$dir/MANIFEST")"
  for part in "$@"; do
    line=$(grep "^part $part " "$dir/MANIFEST") || manifest_die 3 "the MANIFEST lists no $part: not a backup of this kind"
    read -r _ name size sum <<<"$line"
    [[ -f $dir/$name ]] || manifest_die 3 "part $name is missing from $dir"
    actual=$(stat -c %s "$dir/$name")
    [[ $actual == "$size" ]] || manifest_die 3 "part $name is corrupt: $actual bytes, the MANIFEST says $size"
    actual=$(sha256sum "$dir/$name" | cut -d' ' -f1)
    [[ $actual == "$sum" ]] || manifest_die 3 "part $name is corrupt: sha256 $actual, the MANIFEST says $sum"
  done
}
