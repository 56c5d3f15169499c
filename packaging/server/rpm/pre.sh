# centralita-server %pre: the service user (Fedora keeps users on erase, like every package).
getent group centralita >/dev/null || groupadd --system centralita
getent passwd centralita >/dev/null || useradd --system --gid centralita \
    --home-dir /var/lib/centralita --no-create-home --shell /sbin/nologin \
    --comment "Centralita provisioning server" centralita
exit 0
