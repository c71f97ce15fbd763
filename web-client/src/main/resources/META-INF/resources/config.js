// Defaults for a gateway that serves Keycloak under the same origin (the compose nginx gateway).
// The web-client gateway (./platform) answers /config.js itself, from its configuration.
window.MOTCUA_CONFIG = window.MOTCUA_CONFIG || { realmUrl: location.origin + '/realms/motcua', clientId: 'motcua-web' };
