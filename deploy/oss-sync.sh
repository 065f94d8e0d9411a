#!/usr/bin/env bash
# Alibaba Cloud OSS (对象存储) behind Alibaba Cloud CDN, with ossutil 2
# (https://help.aliyun.com/zh/oss/developer-reference/ossutil-overview):
# hashed assets cached for a year, everything else revalidated, old files removed.
#   deploy/oss-sync.sh oss://your-bucket
# Enable the bucket's static website hosting (index document index.html,
# 404 page 404.html) and serve it through a CDN domain with HTTPS; a site in
# mainland China needs an ICP filing (备案), and its number in
# tariffs/notes.yaml (contact.icp) so every page shows it.
set -euo pipefail
bucket=${1:?usage: deploy/oss-sync.sh oss://bucket[/prefix]}
ossutil cp -r -f dist/_astro "$bucket/_astro" --cache-control "public, max-age=31536000, immutable"
if [ -d dist/numbers/data ]; then
  ossutil cp -r -f dist/numbers/data "$bucket/numbers/data" --cache-control "public, max-age=31536000, immutable"
fi
ossutil sync dist "$bucket" --exclude "_astro/*" --exclude "numbers/data/*" --cache-control "public, max-age=0, must-revalidate" --delete -f
# OSS stores no security headers: set them on the CDN domain (CDN 控制台 → 缓存配置 → 节点 HTTP 响应头),
# for every path:
#   Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-7/hqGwIv8wjcDjrxQRkCjqT1lB1uh0fqNTVmtfm3WrY=' 'sha256-QzWFZi+FLIx23tnm9SBU4aEgx4x8DsuASP07mfqol/c=' 'sha256-Ya0pUYrC7nM5Cn/056TyVuEiz6dFGrzmkWzgON0pF0U='; style-src 'self' 'sha256-Hjd55ij4zn1q4OtkvVJG21j35jMF3r4NFTIAEUFvdjI=' 'sha256-vv9IoKo7BSLbWcUHr3tNmfNVmm5L/9Cfn2H6LMk7/ow='; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'
#   X-Content-Type-Options: nosniff, Referrer-Policy: strict-origin-when-cross-origin, X-Frame-Options: DENY,
#   Strict-Transport-Security: max-age=31536000
# and, with a rule for the directory /embed/ (partner frames; no X-Frame-Options there):
#   Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-7/hqGwIv8wjcDjrxQRkCjqT1lB1uh0fqNTVmtfm3WrY=' 'sha256-QzWFZi+FLIx23tnm9SBU4aEgx4x8DsuASP07mfqol/c=' 'sha256-Ya0pUYrC7nM5Cn/056TyVuEiz6dFGrzmkWzgON0pF0U='; style-src 'self' 'sha256-Hjd55ij4zn1q4OtkvVJG21j35jMF3r4NFTIAEUFvdjI=' 'sha256-vv9IoKo7BSLbWcUHr3tNmfNVmm5L/9Cfn2H6LMk7/ow='; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'
# and for the directory /admin/ (the CMS), with X-Robots-Tag: noindex:
#   Content-Security-Policy: default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'
# The policies of each build are in dist/csp-policy.txt, dist/csp-embed-policy.txt and dist/csp-admin-policy.txt.
