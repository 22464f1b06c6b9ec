import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.harambee.governance.count.Ballot;
import org.harambee.governance.count.BltFile;
import org.harambee.governance.count.Election;
import org.harambee.governance.count.StvCount;

/**
 * The STV count of a large election, against the cheapest thing a count must do in the same run: reading every
 * ballot once and adding up the first preferences (the baseline). Writes an election of BALLOTS ballots (one voter
 * each) and CANDIDATES candidates for SEATS seats as a BLT file (preferences drawn from a fixed seed: a few popular
 * candidates, long and short rankings, so that the count runs many stages with fractional transfers), then times,
 * RUNS times each after a warm-up (bench/Timing.java): the first-preference pass over the parsed ballots, reading
 * the BLT file, and the whole count. Prints median and p95 and each one's ratio to the baseline, the stages and
 * the winners. Usage: bench/java.sh -cp harambee-classes StvCountBench.java BALLOTS CANDIDATES SEATS RUNS
 */
public class StvCountBench {

    public static void main(String[] args) throws Exception {
        int ballots = Integer.parseInt(args[0]);
        int candidates = Integer.parseInt(args[1]);
        int seats = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        String blt = election(ballots, candidates, seats);
        Path file = Files.createTempFile("stv-bench", ".blt");
        Files.writeString(file, blt);
        Election election = BltFile.read(blt);
        long[] sink = new long[1];
        Timing.Action firstPreferences = () -> {
            long[] counts = new long[candidates];
            for (Ballot ballot : election.ballots()) {
                counts[ballot.preferences()[0]] += ballot.weight();
            }
            sink[0] += counts[0];
        };
        Timing.Action read = () -> sink[0] += BltFile.read(Files.readString(file)).ballots().size();
        Timing.Action count = () -> sink[0] += StvCount.count(election, 1).stages().size();
        for (Timing.Action action : List.of(firstPreferences, read, count)) {
            Timing.measure(1, Math.max(3, runs / 5), action);
        }
        Timing.Figures baseline = Timing.measure(1, runs, firstPreferences);
        Timing.Figures reading = Timing.measure(1, runs, read);
        Timing.Figures counting = Timing.measure(1, runs, count);
        StvCount.Result result = StvCount.count(election, 1);
        System.out.printf("%,d ballots (BLT file of %,d bytes), %d candidates, %d seats: %d stages, quota %s%n",
                ballots, Files.size(file), candidates, seats, result.stages().size(), result.quota());
        System.out.printf("%-52s %10s %10s %8s%n", "", "median ms", "p95 ms", "ratio");
        print("first preferences added up (the baseline)", baseline, baseline);
        print("reading the BLT file", reading, baseline);
        print("the whole count", counting, baseline);
        System.out.println("elected: " + result.electedNames());
        Files.delete(file);
        if (sink[0] == 42) {
            System.out.println();
        }
    }

    private static void print(String what, Timing.Figures figures, Timing.Figures baseline) {
        System.out.printf("%-52s %10.2f %10.2f %8.1f%n", what, figures.medianMs(), figures.p95Ms(),
                figures.medianMs() / baseline.medianMs());
    }

    /** A BLT file: candidate popularity falls off, rankings run from 1 to all candidates. */
    static String election(int ballots, int candidates, int seats) {
        Random random = new Random(2003);
        double[] weight = new double[candidates];
        double total = 0;
        for (int c = 0; c < candidates; c++) {
            weight[c] = 1.0 / (1 + c * 0.35) + random.nextDouble() * 0.2;
            total += weight[c];
        }
        StringBuilder blt = new StringBuilder(ballots * 40).append(candidates).append(' ').append(seats).append('\n');
        for (int b = 0; b < ballots; b++) {
            int length = 1 + (int) Math.min(candidates - 1, Math.abs(random.nextGaussian()) * candidates / 3);
            List<Integer> left = new ArrayList<>();
            for (int c = 0; c < candidates; c++) {
                left.add(c);
            }
            blt.append(1);
            double remaining = total;
            for (int r = 0; r < length; r++) {
                double pick = random.nextDouble() * remaining;
                int chosen = left.size() - 1;
                for (int i = 0; i < left.size(); i++) {
                    pick -= weight[left.get(i)];
                    if (pick <= 0) {
                        chosen = i;
                        break;
                    }
                }
                int candidate = left.remove(chosen);
                remaining -= weight[candidate];
                blt.append(' ').append(candidate + 1);
            }
            blt.append(" 0\n");
        }
        blt.append("0\n");
        for (int c = 0; c < candidates; c++) {
            blt.append("\"Candidate ").append(c + 1).append("\"\n");
        }
        return blt.append("\"Benchmark election\"\n").toString();
    }
}
