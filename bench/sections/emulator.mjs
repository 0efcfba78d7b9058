export const meta = { id: "emulator", number: 8, title: "emulator" };
export async function run() { return { unavailable: "this section (being written)" }; }
