/** Background jobs that run beside the web server (mail polling, automatic refunds). */
export async function startWorkers(_databaseUrl: string): Promise<void> {
  // Filled in by the ingestion and money capabilities as their jobs land.
}
