#!/bin/bash
# The compose broker's health check: the broker answers an ApiVersions request on its INTERNAL listener.
# Spoken in bash over /dev/tcp rather than with kafka-broker-api-versions.sh, which is a JVM of its own at every
# interval: seconds of CPU each time beside the broker (it slowed the whole stack's start on two cores). A SASL
# listener answers ApiVersions before authentication (it is every client's first request), so no login is needed,
# and the answer comes only once the broker processes requests.
set -euo pipefail
exec 3<>/dev/tcp/127.0.0.1/9092
# request: size 12 | api key 18 (ApiVersions) | version 0 | correlation id 0x4d43 | client id "hc"
printf '\x00\x00\x00\x0c\x00\x12\x00\x00\x00\x00\x4d\x43\x00\x02hc' >&3
answer=$(timeout 5 head -c 10 <&3 | od -An -tx1 | tr -d ' \n')
# answer: size (4 bytes) | correlation id 0x00004d43 | error code 0
[[ ${answer:8:12} == 00004d430000 ]]
