// The official seven.io JavaScript client (@seven.io/client) against `portal-manager gateway-sim`:
// evidence that the simulator follows the real contract. It sends an SMS and a voice call and
// reads the balance. Run it through seven_client_check.sh (it needs node and npm, not CI).
//
// Usage: node seven_client_check.mjs BASE_URL API_KEY
import { BalanceResource, Client, SmsResource, VoiceResource } from "@seven.io/client";

const [baseUrl, apiKey] = process.argv.slice(2);
if (!baseUrl || !apiKey) {
  console.error("usage: node seven_client_check.mjs BASE_URL API_KEY");
  process.exit(2);
}
// The client has no base-URL option: its static BASE_URL is the only way to point it elsewhere.
Client.BASE_URL = baseUrl;
const client = new Client({ apiKey, sentWith: "portal-manager-check" });

const sms = await new SmsResource(client).dispatch({
  to: ["+4917612345678"],
  text: "Your code: 123 456",
  from: "Portal",
  ttl: 5,
});
console.log("SMS:", JSON.stringify(sms));

const voice = await new VoiceResource(client).dispatch({
  to: "+4917612345678",
  text: '<speak><voice name="de-de-female">Ihr Code: 1:2:3:4:5:6</voice></speak>',
});
console.log("voice:", JSON.stringify(voice));

const balance = await new BalanceResource(client).get();
console.log("balance:", JSON.stringify(balance));

let refused = null;
try {
  await new BalanceResource(new Client({ apiKey: "a-wrong-key" })).get();
} catch (error) {
  refused = error.message;
}
console.log("wrong key:", refused);

const ok = sms.success === "100" && voice.success === "100" && typeof balance.amount === "number"
  && refused !== null && refused.startsWith("900");
console.log(ok ? "OK: the official client works against gateway-sim" : "FAILED");
process.exit(ok ? 0 : 1);
