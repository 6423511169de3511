import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Opens the SQLite file the killed app left behind (its WAL included) before anything else touches it, and
 * checks row by row that every acknowledged check-in is there with the acknowledged values.
 * {@code java -cp sqlite-jdbc.jar:slf4j-api.jar bench/SqliteCheck.java <backroot.db> <bench-state.tsv>}.
 * Reads the {@code ack}/{@code maybe} lines LoadBench wrote; table {@code check_in} joined to {@code app_user}
 * (see db/migration/sqlite). Exit 1 if the file is damaged or any acknowledged check-in is missing or wrong.
 */
public class SqliteCheck {

    record Expected(String email, String date, int pain, int stress, double sleepHours, boolean flare, String note) {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]), state = Path.of(args[1]);
        Map<String, List<Expected>> pairs = new LinkedHashMap<>(); // email|date -> [ack, maybe...]
        Set<String> acked = new HashSet<>();
        for (String line : Files.readAllLines(state)) {
            String[] f = line.split("\t");
            if (!f[0].equals("ack") && !f[0].equals("maybe")) continue;
            Expected e = new Expected(f[2], f[3], Integer.parseInt(f[4]), Integer.parseInt(f[5]), Double.parseDouble(f[6]),
                    Boolean.parseBoolean(f[7]), f[8]);
            String key = e.email() + "|" + e.date();
            pairs.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            if (f[0].equals("ack")) acked.add(key);
        }

        int ok = 0, missing = 0, wrong = 0, later = 0;
        long rows;
        String integrity;
        List<String> problems = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                integrity = rs.getString(1);
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM check_in")) {
                rs.next();
                rows = rs.getLong(1);
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT c.pain, c.stress, c.sleep_hours, c.flare, c.note"
                    + " FROM check_in c JOIN app_user u ON u.id = c.user_id WHERE u.email = ? AND c.day = ?")) {
                for (Map.Entry<String, List<Expected>> e : pairs.entrySet()) {
                    if (!acked.contains(e.getKey())) continue;
                    Expected want = e.getValue().get(0);
                    ps.setString(1, want.email());
                    ps.setString(2, want.date());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            missing++;
                            if (problems.size() < 20) problems.add("MISSING in file: " + want);
                            continue;
                        }
                        Expected got = new Expected(want.email(), want.date(), rs.getInt(1), rs.getInt(2), rs.getDouble(3),
                                rs.getBoolean(4), rs.getString(5));
                        int hit = e.getValue().indexOf(got);
                        if (hit == 0) ok++;
                        else if (hit > 0) { ok++; later++; }
                        else {
                            wrong++;
                            if (problems.size() < 20) problems.add("WRONG in file: acknowledged " + want + ", stored " + got);
                        }
                    }
                }
            }
        }
        problems.forEach(System.out::println);
        boolean good = "ok".equals(integrity) && missing == 0 && wrong == 0 && !acked.isEmpty();
        String line = String.format(Locale.ROOT, "SQLite file right after kill -9: integrity_check %s; %d of %d acknowledged check-ins"
                + " present with the acknowledged values (%d missing, %d wrong%s); check_in holds %d rows",
                integrity, ok, acked.size(), missing, wrong, later > 0 ? ", " + later + " hold a later unanswered write" : "", rows);
        System.out.println(line);
        Files.writeString(state, "summary\t" + line + "\n", java.nio.file.StandardOpenOption.APPEND);
        if (!good) System.out.println("FAIL: the database file does not hold every acknowledged check-in");
        System.exit(good ? 0 : 1);
    }
}
