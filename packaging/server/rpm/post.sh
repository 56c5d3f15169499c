# centralita-server %post: make systemd see the unit; enabling it is left to the administrator.
if [ -d /run/systemd/system ]; then systemctl daemon-reload >/dev/null 2>&1 || :; fi
exit 0
