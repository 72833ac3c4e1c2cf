DROP TABLE webhook_deliveries;
DROP TABLE webhook_endpoint_trainings;
DROP TABLE webhook_endpoints;
