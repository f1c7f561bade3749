import { communityModule } from "@meetstream/core/community";
import { newId } from "@meetstream/core/ids/new-id";
import { growthStores } from "./growth-stores";
import { grow, growthResults } from "./growth-windows";
import type { BenchmarkResults } from "./results";

const sizes = [100, 1_000, 10_000, 100_000];
/**
 * Every loop is bounded by time as well as by count: a growth that slows down is reported, not waited for.
 * 100,000 joins at a flat rate take a few minutes on these machines.
 */
const budgetSeconds = 420;

/**
 * One open community growing by joins toward 100,000 members, each join with an idempotency key and
 * projected before it returns (its membership document and the member count), as the local host runs it
 * on SQLite; the sizes not reached within the time budget are reported as such.
 */
export async function communityGrowthBenchmark(): Promise<BenchmarkResults> {
  const stores = await growthStores();
  try {
    const communities = communityModule({
      store: stores.store,
      documents: stores.documents,
      idempotency: stores.idempotency,
      snapshots: stores.snapshots,
    });
    const community = await communities.found({
      actor: newId(),
      input: { name: "A large community", slug: `large-${newId().slice(-12)}`, joinMode: "open" },
    });
    const growth = await grow({
      stores,
      sizes,
      budgetSeconds,
      async command(n) {
        const summary = await communities.join({
          actor: newId(),
          communityId: community.id,
          idempotencyKey: `join-${n}`,
        });
        // The founder is the first member.
        if (summary.memberCount !== n + 1)
          throw new Error(`join ${n} answered ${summary.memberCount} members, not ${n + 1}`);
      },
    });
    return growthResults(growth, { what: "community", command: "join", sizes, mostDocuments: 5 });
  } finally {
    stores.close();
  }
}
