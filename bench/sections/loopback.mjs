export const meta = { id: "loopback", number: 2, title: "loopback" };
export async function run() { return { unavailable: "this section (being written)" }; }
