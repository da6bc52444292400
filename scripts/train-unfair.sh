#!/bin/sh
# npm run train: run scripts/train-unfair.py with a python3 that has scikit-learn (Debian's
# python3-sklearn lives in /usr/bin/python3, which a pyenv or venv python3 on PATH may hide).
for py in python3 /usr/bin/python3; do
  if command -v "$py" >/dev/null 2>&1 && "$py" -c 'import sklearn' 2>/dev/null; then
    exec "$py" "$(dirname "$0")/train-unfair.py" "$@"
  fi
done
echo 'train: no python3 with scikit-learn; install it (Debian: apt-get install -y python3-sklearn)' >&2
exit 3
