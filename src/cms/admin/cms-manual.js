// Loaded before decap-cms.js: the CMS starts only once cms-init.js has its configuration.
window.CMS_MANUAL_INIT = true;
