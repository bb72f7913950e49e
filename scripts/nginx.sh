#!/usr/bin/env bash
# Runs the reference nginx site (deploy/nginx-bantin.conf) on 127.0.0.1 for tests and benchmarks.
#   scripts/nginx.sh start PORT ROOT   → prints the state directory; nginx runs in the background
#   scripts/nginx.sh stop STATE_DIR
set -euo pipefail
root_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
case "${1:-}" in
  start)
    port="$2"; site_root="$(cd "$3" && pwd)"
    state="$(mktemp -d /tmp/bantin-nginx.XXXXXX)"
    sed -e "s|^\(\s*listen\) .*# bantin:listen|\1 127.0.0.1:$port;|" \
        -e "s|^\(\s*root\) .*# bantin:root|\1 $site_root;|" \
        "$root_dir/deploy/nginx-bantin.conf" > "$state/site.conf"
    grep -q "listen 127.0.0.1:$port;" "$state/site.conf" || { echo "could not set the port" >&2; exit 1; }
    module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
    [ -f "$module" ] || { echo "missing $module: run scripts/setup.sh" >&2; rm -rf "$state"; exit 1; }
    modules="load_module $module;"
    cat > "$state/nginx.conf" <<CONF
$modules
worker_processes 1;
pid $state/nginx.pid;
error_log $state/error.log warn;
user root;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path $state/tmp;
    proxy_temp_path $state/tmp;
    fastcgi_temp_path $state/tmp;
    uwsgi_temp_path $state/tmp;
    scgi_temp_path $state/tmp;
    include $state/site.conf;
}
CONF
    mkdir -p "$state/tmp"
    nginx -c "$state/nginx.conf" -p "$state" -g 'daemon on;' 2>"$state/start.log" || { cat "$state/start.log" >&2; rm -rf "$state"; exit 1; }
    echo "$state"
    ;;
  stop)
    state="$2"
    [ -f "$state/nginx.pid" ] && kill "$(cat "$state/nginx.pid")" 2>/dev/null || true
    rm -rf "$state"
    ;;
  *) echo "usage: $0 start PORT ROOT | stop STATE_DIR" >&2; exit 2 ;;
esac
