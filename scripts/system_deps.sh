#!/usr/bin/env bash
# Check a group of Debian packages the app or its tests need; install them with apt-get when
# running as root, else name them and fail. Usage: scripts/system_deps.sh weasyprint|chromium PYTHON
set -euo pipefail
group=$1 python=${2:-python3}

case "$group" in
  weasyprint)
    packages="libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-liberation fonts-noto-color-emoji"
    present() {
      "$python" -c "import weasyprint" 2>/dev/null && fc-list 2>/dev/null | grep -qi "Liberation Sans" &&
        fc-list 2>/dev/null | grep -qi "Noto Color Emoji"
    } ;;
  chromium)
    packages="chromium"
    present() { [ -x /usr/bin/chromium ]; } ;;
  *) echo "unknown group: $group" >&2; exit 2 ;;
esac

present && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian packages for $group: $packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $packages >/dev/null
  present && exit 0
fi
echo "Missing system packages for $group. Install them, e.g.: sudo apt-get install $packages" >&2
exit 1
