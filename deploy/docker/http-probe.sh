#!/usr/bin/env bash
# Container health check for images without curl or wget (the aspnet runtime image has neither):
# one HTTP/1.0 GET to 127.0.0.1 over bash's /dev/tcp. Usage: http-probe.sh PORT PATH
# Exit 0 when the status is 200 (the health endpoints answer 200 for Healthy and Degraded), 1 otherwise.
set -u
port=$1 path=$2
exec 3<>"/dev/tcp/127.0.0.1/$port" 2>/dev/null || exit 1
printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$path" >&3
IFS= read -r -t 3 status <&3 || exit 1
exec 3<&-
[[ $status =~ ^HTTP/[0-9.]+\ 200([^0-9]|$) ]]
