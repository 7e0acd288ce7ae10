/* Swagger UI on the server's own OpenAPI document; kept out of swagger.html for the CSP. */
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/openapi?format=JSON',
    dom_id: '#swagger-ui',
    deepLinking: true,
    tryItOutEnabled: true
  });
});
