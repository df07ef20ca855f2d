/**
 * The annotations payspec descriptors are written in. A descriptor describes one documented endpoint
 * version of a payment provider; the payspec processor turns it into a typed client.
 */
package io.payspec.annotations;
