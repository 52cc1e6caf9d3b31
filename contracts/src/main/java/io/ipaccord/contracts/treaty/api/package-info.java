/**
 * The bodies of treaty-service's REST API that its clients (the gateway) read and write, beside the Kafka records
 * of {@link io.ipaccord.contracts.treaty} that the API answers too ({@code TreatyData}, {@code InstrumentData}).
 */
package io.ipaccord.contracts.treaty.api;
