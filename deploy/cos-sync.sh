#!/usr/bin/env bash
# Tencent Cloud COS (对象存储) behind Tencent Cloud CDN/EdgeOne, with coscli
# (https://cloud.tencent.com/document/product/436/63143):
# hashed assets cached for a year, everything else revalidated, old files removed.
#   deploy/cos-sync.sh cos://your-bucket-1250000000
# Enable the bucket's static website (index document index.html, error
# document 404.html) and serve it through a CDN domain with HTTPS; a site in
# mainland China needs an ICP filing (备案), and its number in
# tariffs/notes.yaml (contact.icp) so every page shows it.
set -euo pipefail
bucket=${1:?usage: deploy/cos-sync.sh cos://bucket[/prefix]}
coscli sync -r dist/_astro "$bucket/_astro" --meta "Cache-Control:public, max-age=31536000, immutable"
if [ -d dist/numbers/data ]; then
  coscli sync -r dist/numbers/data "$bucket/numbers/data" --meta "Cache-Control:public, max-age=31536000, immutable"
fi
coscli sync -r dist "$bucket" --exclude "_astro/.*|numbers/data/.*" --meta "Cache-Control:public, max-age=0, must-revalidate" --delete --force
# COS stores no security headers: set them on the CDN domain (CDN 控制台 → 访问控制/HTTP 响应头配置),
# for every path:
#   Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-7/hqGwIv8wjcDjrxQRkCjqT1lB1uh0fqNTVmtfm3WrY=' 'sha256-QzWFZi+FLIx23tnm9SBU4aEgx4x8DsuASP07mfqol/c=' 'sha256-Ya0pUYrC7nM5Cn/056TyVuEiz6dFGrzmkWzgON0pF0U='; style-src 'self' 'sha256-Hjd55ij4zn1q4OtkvVJG21j35jMF3r4NFTIAEUFvdjI=' 'sha256-vv9IoKo7BSLbWcUHr3tNmfNVmm5L/9Cfn2H6LMk7/ow='; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'
#   X-Content-Type-Options: nosniff, Referrer-Policy: strict-origin-when-cross-origin, X-Frame-Options: DENY,
#   Strict-Transport-Security: max-age=31536000
# and, with a rule for the directory /embed/ (partner frames; no X-Frame-Options there):
#   Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-7/hqGwIv8wjcDjrxQRkCjqT1lB1uh0fqNTVmtfm3WrY=' 'sha256-QzWFZi+FLIx23tnm9SBU4aEgx4x8DsuASP07mfqol/c=' 'sha256-Ya0pUYrC7nM5Cn/056TyVuEiz6dFGrzmkWzgON0pF0U='; style-src 'self' 'sha256-Hjd55ij4zn1q4OtkvVJG21j35jMF3r4NFTIAEUFvdjI=' 'sha256-vv9IoKo7BSLbWcUHr3tNmfNVmm5L/9Cfn2H6LMk7/ow='; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'
# and for the directory /admin/ (the CMS), with X-Robots-Tag: noindex:
#   Content-Security-Policy: default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'
# The policies of each build are in dist/csp-policy.txt, dist/csp-embed-policy.txt and dist/csp-admin-policy.txt.
