/** One of the hub's sealing keys as devices hold it: its id and its public half (EC P-256, ECDH). */
export interface HubPublicKey {
  kid: string;
  jwk: JsonWebKey;
}
