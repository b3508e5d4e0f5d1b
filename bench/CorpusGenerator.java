import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Deterministic benchmark corpus for site-gen (and Hugo).
 *
 * <pre>
 * java bench/CorpusGenerator.java --n 1000 --format md|txt --out DIR [--seed 42]
 * </pre>
 *
 * Same N and seed give byte-identical files on any machine: one seeded SplitMix64 stream per
 * article and purpose (no java.util.Random, no clock, no default locale, no hash-order iteration,
 * StrictMath for the Zipf weights). Article i depends only on (seed, i) and on the titles of the
 * articles before it, so the corpus for N=1000 is a prefix of the corpus for N=10000.
 *
 * md:  DIR/nnnnnn-slug.md, YAML front matter (title, date, topics, tags, authors, source) and a
 *      ~900-word Markdown body with ## headings, emphasis, strong, links and lists.
 * txt: DIR/nnnnnn_hex16.txt, raw aggregator dumps shaped like seeds/000_ef67b877941a8041.txt.
 */
public final class CorpusGenerator {

    // ------------------------------------------------------------------ PRNG

    /** SplitMix64: tiny, fast, fully specified, identical on every JVM. */
    static final class Rng {
        private long state;

        Rng(long seed) {
            this.state = seed;
        }

        long next() {
            long z = (state += 0x9E3779B97F4A7C15L);
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        /** Uniform in [0, bound), bound > 0. */
        int nextInt(int bound) {
            return (int) (((next() >>> 33) * bound) >>> 31);
        }

        /** Uniform in [lo, hi]. */
        int between(int lo, int hi) {
            return lo + nextInt(hi - lo + 1);
        }

        double nextDouble() {
            return (next() >>> 11) * 0x1.0p-53;
        }

        boolean chance(double p) {
            return nextDouble() < p;
        }

        <T> T pick(T[] items) {
            return items[nextInt(items.length)];
        }

        <T> T pick(List<T> items) {
            return items.get(nextInt(items.size()));
        }
    }

    static long mix(long... parts) {
        long h = 0x6A09E667F3BCC909L;
        for (long p : parts) {
            Rng r = new Rng(h ^ p);
            h = r.next();
        }
        return h;
    }

    /** Zipf-Mandelbrot sampler over ranks 0..n-1 with weight 1/(rank+1+q)^s. */
    static final class Zipf {
        private final double[] cumulative;

        Zipf(int n, double s) {
            this(n, s, 0);
        }

        Zipf(int n, double s, double q) {
            cumulative = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += 1.0 / StrictMath.pow(i + 1 + q, s);
                cumulative[i] = sum;
            }
        }

        int sample(Rng rng) {
            double u = rng.nextDouble() * cumulative[cumulative.length - 1];
            int idx = Arrays.binarySearch(cumulative, u);
            if (idx < 0) {
                idx = -idx - 1;
            }
            return Math.min(idx, cumulative.length - 1);
        }
    }

    // ------------------------------------------------------------ word lists

    static final String[] FIRST = {
        "Kate", "Alistair", "Andrea", "David", "Maria", "James", "Yuki", "Hiroshi", "Aiko", "Wei", "Li", "Mei",
        "Rahul", "Priya", "Anil", "Fatima", "Omar", "Leila", "Sergei", "Olga", "Dmitri", "Anna", "Lukas", "Sofia",
        "Mateo", "Lucia", "Carlos", "Isabel", "Jean", "Claire", "Pierre", "Amelie", "Hans", "Greta", "Jonas",
        "Ingrid", "Lars", "Kwame", "Amara", "Chidi", "Ngozi", "Tomasz", "Agnieszka", "Pavel", "Eva", "Marco",
        "Giulia", "Luca", "Elena", "Nikos", "Eleni", "Mehmet", "Ayse", "Jae-won", "Min-ji", "Thanh", "Linh",
        "Arjun", "Sunita", "Tariq", "Noor", "Daniel", "Sarah", "Michael", "Laura", "Robert", "Helen", "Thomas",
        "Rachel", "Peter", "Emily", "Kevin", "Susan", "Brian", "Karen", "Samuel", "Grace", "Joseph", "Hannah",
        "Diego", "Camila", "Felipe", "Valentina", "Rafael", "Beatriz", "Ivan", "Natalia", "Oskar", "Freja",
    };

    static final String[] LAST = {
        "Holton", "Smout", "Shalal", "Tanaka", "Suzuki", "Watanabe", "Chen", "Wang", "Zhang", "Liu", "Sharma",
        "Patel", "Gupta", "Rahman", "Haddad", "Khalil", "Ivanov", "Petrova", "Volkov", "Schmidt", "Fischer",
        "Weber", "Garcia", "Martinez", "Lopez", "Fernandez", "Dubois", "Laurent", "Moreau", "Bernard", "Jensen",
        "Nielsen", "Larsen", "Mensah", "Okafor", "Adeyemi", "Nowak", "Kowalski", "Novak", "Horvat", "Rossi",
        "Russo", "Bianchi", "Romano", "Papadopoulos", "Yilmaz", "Demir", "Kim", "Park", "Lee", "Nguyen", "Tran",
        "Singh", "Kumar", "Hussain", "Ahmed", "Miller", "Johnson", "Brown", "Taylor", "Wilson", "Clarke",
        "Walker", "Hughes", "Edwards", "Murphy", "O'Brien", "Kelly", "Campbell", "Stewart", "Reid", "Morgan",
        "Bennett", "Fletcher", "Harper", "Sullivan", "Silva", "Santos", "Oliveira", "Pereira", "Costa",
        "Andersson", "Lindqvist", "Berg", "Hassan", "Mahmoud", "Okonkwo", "Takahashi", "Kobayashi", "Yamamoto",
        "Ortiz", "Ramos", "Castillo", "Morales", "Vargas", "Navarro", "Sato", "Ito", "Nakamura", "Hoffmann",
    };

    static final String[] COUNTRIES = {
        "Japan", "China", "India", "Brazil", "Germany", "France", "Italy", "Spain", "Portugal", "Poland",
        "Ukraine", "Turkey", "Egypt", "Nigeria", "Kenya", "Ghana", "South Africa", "Ethiopia", "Mexico",
        "Canada", "Argentina", "Chile", "Peru", "Colombia", "Indonesia", "Vietnam", "Thailand", "Malaysia",
        "Philippines", "South Korea", "Australia", "New Zealand", "Norway", "Sweden", "Finland", "Denmark",
        "the Netherlands", "Belgium", "Austria", "Switzerland", "Greece", "Romania", "Hungary", "Ireland",
        "Saudi Arabia", "Qatar", "Jordan", "Morocco", "Pakistan", "Bangladesh", "Sri Lanka", "Nepal",
        "Kazakhstan", "Mongolia", "Taiwan", "Singapore", "Iceland", "Estonia", "Latvia", "Lithuania",
    };

    static final String[] CITIES = {
        "London", "Geneva", "Washington", "Beijing", "Tokyo", "Osaka", "Seoul", "Jakarta", "Manila", "Hanoi",
        "Bangkok", "Singapore", "Mumbai", "Delhi", "Karachi", "Dhaka", "Dubai", "Riyadh", "Cairo", "Lagos",
        "Nairobi", "Accra", "Johannesburg", "Cape Town", "Paris", "Berlin", "Madrid", "Lisbon", "Rome",
        "Milan", "Vienna", "Warsaw", "Prague", "Budapest", "Athens", "Istanbul", "Brussels", "Amsterdam",
        "Copenhagen", "Oslo", "Stockholm", "Helsinki", "Dublin", "Edinburgh", "Toronto", "Vancouver",
        "Montreal", "Chicago", "Houston", "Los Angeles", "San Francisco", "New York", "Boston", "Mexico City",
        "Bogota", "Lima", "Santiago", "Buenos Aires", "Sao Paulo", "Rio de Janeiro", "Sydney", "Melbourne",
        "Auckland", "Brisbane", "Perth", "Kyoto", "Busan", "Taipei", "Shanghai", "Shenzhen", "Hong Kong",
        "Kuala Lumpur", "Almaty", "Tbilisi", "Kyiv", "Bucharest", "Sofia", "Zagreb", "Belgrade", "Rabat",
    };

    static final String[] SYL_A = {
        "Bar", "Cal", "Dor", "Ell", "Far", "Gal", "Hal", "Ist", "Kar", "Lan", "Mar", "Nor", "Ost", "Pel",
        "Quin", "Ros", "Sal", "Tor", "Ul", "Val", "Wen", "Yar", "Zel", "Bran", "Crest", "Dun", "Ash", "Mil",
    };
    static final String[] SYL_B = {
        "a", "e", "i", "o", "u", "an", "en", "in", "on", "ar", "er", "or", "el", "il", "am", "ith", "ev",
    };
    static final String[] SYL_C = {
        "ford", "ton", "by", "burg", "mouth", "field", "grad", "ville", "haven", "dale", "stad", "vik", "ia",
        "ora", "ana", "esh", "pur", "abad", "mere", "wick", "holm", "sund", "bridge", "port", "ova",
    };

    static final String[] ORG_HEAD = {
        "Ministry of Finance", "Ministry of Trade", "Ministry of Health", "Ministry of Defence",
        "Ministry of Energy", "Central Bank", "Stock Exchange", "Port Authority", "Electoral Commission",
        "Supreme Court", "Chamber of Commerce", "Farmers Union", "Teachers Union", "Medical Association",
        "Energy Agency", "Space Agency", "Statistics Office", "Competition Authority", "Water Board",
        "Rail Company", "National Guard", "Football Federation", "Olympic Committee", "Film Institute",
        "Academy of Sciences", "University Hospital", "Climate Council", "Data Protection Authority",
    };

    static final String[] ORG_NAME = {
        "Holdings", "Group", "Capital", "Partners", "Industries", "Motors", "Energy", "Systems", "Logistics",
        "Pharmaceuticals", "Semiconductor", "Airlines", "Telecom", "Mining", "Shipping", "Foods", "Bank",
        "Insurance", "Analytics", "Robotics", "Foundation", "Institute", "Labs", "Networks", "Steel",
    };

    static final String[] PHRASE_MOD = {
        "rare earth", "trade", "export", "interest", "supply", "chip", "oil", "gas", "wheat", "rice",
        "housing", "pension", "tax", "budget", "climate", "carbon", "water", "border", "refugee", "election",
        "labour", "wage", "minimum wage", "tariff", "currency", "bond", "debt", "credit", "pharma", "vaccine",
        "hospital", "school", "university", "rail", "port", "airline", "shipping", "steel", "solar", "wind",
        "nuclear", "battery", "electric vehicle", "data", "privacy", "cyber", "AI", "satellite", "drone",
        "fishing", "forest", "drought", "flood", "heatwave", "wildfire", "earthquake", "ceasefire", "peace",
        "arms", "sanctions", "food", "fertiliser", "copper", "lithium", "coffee", "cocoa", "football",
        "tennis", "cricket", "Olympic", "film", "music", "museum", "publishing", "streaming", "broadband",
    };

    static final String[] PHRASE_HEAD = {
        "talks", "controls", "rates", "chains", "prices", "reform", "deal", "dispute", "crisis", "policy",
        "strike", "summit", "subsidies", "market", "shortage", "exports", "imports", "investment", "boom",
        "slowdown", "inquiry", "ban", "protests", "recovery", "targets", "bill", "ruling", "merger", "levy",
        "quotas", "security", "transition", "plan", "outlook", "scandal", "shake-up", "season", "festival",
    };

    static final String[] TOPICS = {
        "Politics", "Economy", "Business", "World", "Technology", "Science", "Health", "Climate", "Energy",
        "Security", "Sport", "Culture",
    };

    /** Per topic: noun phrases the text is about. Same order as TOPICS. */
    static final String[][] TOPIC_NOUNS = {
        {"the coalition government", "the budget vote", "the opposition", "the election campaign",
            "the new cabinet", "the parliamentary inquiry", "voter turnout", "the reform bill",
            "the party leadership", "the constitutional court ruling", "regional elections", "the referendum"},
        {"inflation", "interest rates", "the jobs market", "consumer spending", "bond yields", "wage growth",
            "the trade deficit", "gross domestic product", "household confidence", "the currency",
            "export controls", "tariffs", "supply chains", "public debt"},
        {"quarterly earnings", "the merger", "shareholders", "the supply agreement", "the share price",
            "profit margins", "the takeover bid", "retail sales", "factory output", "the restructuring plan",
            "order books", "the listing"},
        {"the ceasefire", "the peace talks", "the humanitarian corridor", "the summit", "diplomatic ties",
            "the border dispute", "the refugee camps", "the sanctions regime", "the aid convoy",
            "the UN resolution", "the bilateral agreement"},
        {"chip exports", "data centres", "AI models", "the cloud contract", "semiconductor design software",
            "cybersecurity rules", "the broadband rollout", "smartphone sales", "the satellite network",
            "battery technology", "the app store", "online safety rules"},
        {"the research team", "the clinical trial", "the telescope", "the genome study", "the space probe",
            "ocean temperatures", "the fossil record", "the vaccine candidate", "the particle accelerator",
            "the peer-reviewed study", "the survey results"},
        {"hospital waiting lists", "the vaccine rollout", "the outbreak", "drug prices", "the health service",
            "the measles cases", "mental health services", "the nursing shortage", "the new treatment",
            "emergency departments", "the insurance scheme"},
        {"emissions targets", "the heatwave", "the drought", "flood defences", "the carbon market",
            "the wildfire season", "sea level rise", "the climate summit", "deforestation", "coral bleaching",
            "the adaptation fund"},
        {"oil prices", "gas supplies", "the solar auction", "the nuclear plant", "the grid upgrade",
            "power bills", "the pipeline", "offshore wind farms", "fuel subsidies", "the lithium mine",
            "the energy transition"},
        {"the military exercise", "the defence budget", "the cyber attack", "the arms deal", "troop deployments",
            "the naval patrol", "the intelligence report", "border security", "the missile test",
            "the peacekeeping mission"},
        {"the title race", "the transfer window", "the national team", "the championship final",
            "the coaching staff", "the qualifying round", "the doping inquiry", "ticket sales",
            "the Olympic bid", "the home crowd"},
        {"the film festival", "the exhibition", "the book prize", "the concert tour", "box office takings",
            "the museum reopening", "the streaming deal", "the theatre season", "the award ceremony",
            "the heritage site"},
    };

    static final String[] GROUPS = {
        "officials", "investors", "economists", "analysts", "residents", "lawmakers", "diplomats", "farmers",
        "workers", "executives", "regulators", "voters", "doctors", "teachers", "researchers", "traders",
        "manufacturers", "exporters", "union leaders", "local authorities", "campaigners", "consumers",
    };

    static final String[] ROLES = {
        "a spokesperson for", "the chief executive of", "an analyst at", "the director of", "a senior adviser at",
        "the chair of", "a researcher at", "a former official at", "the head of policy at", "an economist at",
        "a board member of", "the general secretary of", "a lawyer representing", "the deputy head of",
    };

    static final String[] SAY = {
        "said", "told reporters", "said in a statement", "told a news conference", "wrote in a note to clients",
        "said in an interview", "told local media", "argued", "warned", "added",
    };

    static final String[] TIMES = {
        "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "over the weekend",
        "last week", "earlier this month", "late on Sunday", "this week", "in recent days", "on Saturday",
    };

    static final String[] ADJ = {
        "crucial", "fragile", "preliminary", "long-awaited", "contentious", "sweeping", "modest", "temporary",
        "ambitious", "unexpected", "sharp", "gradual", "broad", "narrow", "record", "renewed", "landmark",
        "cautious", "steep", "significant", "limited", "comprehensive", "surprise", "bilateral",
    };

    static final String[] SUPERLATIVE = {
        "largest", "sharpest", "smallest", "steepest", "biggest", "fastest", "slowest", "weakest", "strongest",
    };

    static final String[] VERB_INF = {
        "ease", "tighten", "stabilise", "recover", "slow", "accelerate", "stall", "improve", "weaken",
        "collapse", "rebound", "widen", "narrow", "shift",
    };

    static final String[] VERB_3 = {
        "weighs", "approves", "rejects", "delays", "extends", "expands", "cuts", "unveils", "backs", "blocks",
        "reviews", "scraps", "confirms", "questions", "targets", "doubles", "halts", "resumes",
    };

    static final String[] VERB_PAST = {
        "approved", "rejected", "delayed", "extended", "expanded", "cut", "unveiled", "backed", "blocked",
        "reviewed", "scrapped", "confirmed", "questioned", "halted", "resumed", "announced", "signalled",
    };

    static final String[] HEADINGS = {
        "What happens next", "Reaction at home", "A difficult balance", "The numbers behind it",
        "Pressure from abroad", "Early warning signs", "Mixed signals", "The view from the ground",
        "Questions remain", "Looking ahead", "A long road", "Winners and losers", "Behind the decision",
        "Market reaction", "Political fallout", "The wider picture", "Positive conclusion", "Cracks appear",
    };

    static final String[] MONTHS = {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    };

    static final String[] SOURCES = {
        "Japan Today", "Nikkei Asia", "Kyodo News", "Harbour Ledger", "Northern Courier", "Daily Meridian",
        "The Capital Post", "Evening Standard Wire", "Pacific Dispatch", "Continental Herald", "Metro Gazette",
        "The Observer Review", "Atlantic Bulletin", "Valley Tribune", "Global Affairs Weekly", "Delta Times",
        "Riverside Chronicle", "The Market Journal", "Southern Cross Report", "Coastal Echo", "Alpine Press",
        "Prairie News", "Summit Daily", "The Civic Record", "Lakeside Mirror", "Eastern Star", "Western Sentinel",
        "Union Voice", "Citizen Examiner", "The Morning Signal", "Gulf Monitor", "Baltic Wire", "Sahel Review",
        "Andes Herald", "Mekong Post", "Danube Daily", "Nordic Ledger", "Iberia Today", "Levant Observer",
        "Highland Times",
    };

    static final String[] AGENCIES = {"REUTERS", "AP", "AFP", "KYODO", "EPA", "BLOOMBERG"};

    static final String[] CAPTION_SCENES = {
        "Vehicles arrive at the conference centre", "Demonstrators gather outside parliament",
        "A worker inspects containers at the port", "Delegates pose for a family photo",
        "Traders work on the floor of the stock exchange", "Firefighters battle a blaze on the hillside",
        "Voters queue at a polling station", "Players celebrate after the final whistle",
        "Visitors walk through the new exhibition", "Engineers examine solar panels at the plant",
        "Nurses walk through a hospital corridor", "A cargo ship is loaded at the terminal",
    };

    // --------------------------------------------------------- vocabularies

    enum Kind { PERSON, PLACE, ORG, PHRASE }

    record Tag(String name, Kind kind) {
    }

    final List<Tag> tags = new ArrayList<>();
    final List<String> authors = new ArrayList<>();
    final Zipf tagZipf;
    final Zipf topicZipf = new Zipf(TOPICS.length, 0.6);
    final Zipf authorZipf;
    final Zipf sourceZipf = new Zipf(SOURCES.length, 0.8);
    final long seed;

    CorpusGenerator(long seed) {
        this.seed = seed;
        // The vocabularies are fixed (independent of --seed) so that tag pages mean the same thing
        // across corpora; the seed only drives which article gets what.
        Rng v = new Rng(mix(0x5EED_7A65L, 1));
        Set<String> seen = new HashSet<>();
        List<Tag> people = new ArrayList<>();
        while (people.size() < 620) {
            String n = v.pick(FIRST) + " " + v.pick(LAST);
            if (seen.add(key(n))) {
                people.add(new Tag(n, Kind.PERSON));
            }
        }
        List<Tag> places = new ArrayList<>();
        for (String c : COUNTRIES) {
            if (seen.add(key(c))) {
                places.add(new Tag(c.startsWith("the ") ? c.substring(4) : c, Kind.PLACE));
            }
        }
        for (String c : CITIES) {
            if (seen.add(key(c))) {
                places.add(new Tag(c, Kind.PLACE));
            }
        }
        while (places.size() < 460) {
            String n = v.pick(SYL_A) + v.pick(SYL_B) + v.pick(SYL_C);
            if (v.chance(0.15)) {
                n = v.pick(new String[] {"North ", "South ", "East ", "West ", "Port ", "New ", "Upper "}) + n;
            }
            if (seen.add(key(n))) {
                places.add(new Tag(n, Kind.PLACE));
            }
        }
        List<Tag> orgs = new ArrayList<>();
        while (orgs.size() < 420) {
            String n;
            switch (v.nextInt(4)) {
                case 0 -> n = places.get(v.nextInt(places.size())).name() + " " + v.pick(ORG_HEAD);
                case 1 -> n = v.pick(SYL_A) + v.pick(SYL_B) + v.pick(new String[] {"x", "n", "ra", "co", "tek"})
                        + " " + v.pick(ORG_NAME);
                case 2 -> n = v.pick(LAST) + " " + v.pick(new String[] {"& Partners", "Brothers", "Group",
                    "Holdings", "Foundation", "Institute"});
                default -> {
                    StringBuilder a = new StringBuilder();
                    int len = v.between(3, 4);
                    for (int i = 0; i < len; i++) {
                        a.append((char) ('A' + v.nextInt(26)));
                    }
                    n = a.toString();
                }
            }
            if (seen.add(key(n))) {
                orgs.add(new Tag(n, Kind.ORG));
            }
        }
        List<Tag> phrases = new ArrayList<>();
        while (phrases.size() < 500) {
            String n = v.pick(PHRASE_MOD) + " " + v.pick(PHRASE_HEAD);
            if (seen.add(key(n))) {
                phrases.add(new Tag(n, Kind.PHRASE));
            }
        }
        tags.addAll(people);
        tags.addAll(places);
        tags.addAll(orgs);
        tags.addAll(phrases);
        // Rank order for the Zipf tail: a deterministic Fisher-Yates shuffle.
        for (int i = tags.size() - 1; i > 0; i--) {
            int j = v.nextInt(i + 1);
            Tag t = tags.get(i);
            tags.set(i, tags.get(j));
            tags.set(j, t);
        }
        // Flattened head (q=5): the most common tag is on ~11% of articles; the tail has many
        // tags used once or twice, like a real news site.
        tagZipf = new Zipf(tags.size(), 1.0, 5);

        Set<String> seenAuthors = new HashSet<>();
        while (authors.size() < 300) {
            String n = v.pick(FIRST) + " " + v.pick(LAST);
            if (v.chance(0.08)) {
                n = v.pick(FIRST) + " " + (char) ('A' + v.nextInt(26)) + ". " + v.pick(LAST);
            }
            if (seenAuthors.add(key(n))) {
                authors.add(n);
            }
        }
        authorZipf = new Zipf(authors.size(), 0.9);
    }

    /** Comparison key close to site-gen's slug rule: lower-case ASCII letters and digits, hyphenated. */
    static String key(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace("&", " and ").replace("'", "");
        StringBuilder b = new StringBuilder(s.length());
        boolean hyphen = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && b.length() > 0) {
                    b.append('-');
                }
                b.append(c);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        return b.toString();
    }

    static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "a" or "an" before the word, by its first letter (good enough for this vocabulary). */
    static String a(String word) {
        return ("aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an " : "a ") + word;
    }

    static String stripThe(String s) {
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    // ----------------------------------------------------------- metadata

    record Meta(int index, String title, LocalDate date, List<String> topics, List<Tag> tags,
                List<String> authors, String source) {

        String first(Kind kind, String fallback) {
            for (Tag t : tags) {
                if (t.kind() == kind) {
                    return t.name();
                }
            }
            return fallback;
        }
    }

    static final LocalDate START = LocalDate.of(2022, 7, 1);
    static final int SPAN_DAYS = 1096; // ~3 years

    Meta meta(int index, Set<String> usedTitles) {
        Rng r = new Rng(mix(seed, index, 1));
        LocalDate date = START.plusDays(r.nextInt(SPAN_DAYS));
        LinkedHashSet<String> topics = new LinkedHashSet<>();
        int nTopics = r.chance(0.7) ? 1 : 2;
        while (topics.size() < nTopics) {
            topics.add(TOPICS[topicZipf.sample(r)]);
        }
        LinkedHashSet<Tag> t = new LinkedHashSet<>();
        int nTags = r.between(2, 6);
        while (t.size() < nTags) {
            t.add(tags.get(tagZipf.sample(r)));
        }
        LinkedHashSet<String> a = new LinkedHashSet<>();
        double p = r.nextDouble();
        int nAuthors = p < 0.6 ? 1 : p < 0.9 ? 2 : 3;
        while (a.size() < nAuthors) {
            a.add(authors.get(authorZipf.sample(r)));
        }
        String source = SOURCES[sourceZipf.sample(r)];
        Meta m = new Meta(index, "", date, List.copyOf(topics), List.copyOf(t), List.copyOf(a), source);
        String title;
        String k;
        int attempts = 0;
        do {
            title = title(r, m, attempts++ > 20);
            k = key(title);
        } while (!usedTitles.add(k.length() > 80 ? k.substring(0, 80) : k));
        return new Meta(index, title, date, m.topics(), m.tags(), m.authors(), m.source());
    }

    int topicIndex(String topic) {
        for (int i = 0; i < TOPICS.length; i++) {
            if (TOPICS[i].equals(topic)) {
                return i;
            }
        }
        return 0;
    }

    String noun(Rng r, Meta m) {
        String topic = m.topics().get(r.chance(0.8) ? 0 : m.topics().size() - 1);
        return r.pick(TOPIC_NOUNS[topicIndex(topic)]);
    }

    String person(Rng r, Meta m) {
        List<String> ps = new ArrayList<>();
        for (Tag t : m.tags()) {
            if (t.kind() == Kind.PERSON) {
                ps.add(t.name());
            }
        }
        if (!ps.isEmpty() && r.chance(0.6)) {
            return r.pick(ps);
        }
        Tag t = tags.get(tagZipf.sample(r));
        return t.kind() == Kind.PERSON ? t.name() : r.pick(FIRST) + " " + r.pick(LAST);
    }

    String place(Rng r, Meta m) {
        if (r.chance(0.6)) {
            for (Tag t : m.tags()) {
                if (t.kind() == Kind.PLACE) {
                    return t.name();
                }
            }
        }
        return r.chance(0.5) ? r.pick(CITIES) : stripThe(r.pick(COUNTRIES));
    }

    String org(Rng r, Meta m) {
        if (r.chance(0.6)) {
            for (Tag t : m.tags()) {
                if (t.kind() == Kind.ORG) {
                    return "the " + t.name();
                }
            }
        }
        return "the " + place(r, m) + " " + r.pick(ORG_HEAD);
    }

    String title(Rng r, Meta m, boolean disambiguate) {
        String n = stripThe(noun(r, m));
        String t = switch (r.nextInt(9)) {
            case 0 -> place(r, m) + " " + r.pick(VERB_3) + " " + r.pick(ADJ) + " " + n + " plan";
            case 1 -> person(r, m) + " says " + n + " will " + r.pick(VERB_INF) + " by " + r.pick(MONTHS);
            case 2 -> cap(stripThe(org(r, m))) + " " + r.pick(VERB_3) + " " + n + " amid concerns from "
                    + r.pick(GROUPS);
            case 3 -> {
                String p1 = place(r, m);
                String p2 = p1;
                while (p2.equals(p1)) {
                    p2 = stripThe(r.pick(COUNTRIES));
                }
                yield p1 + " and " + p2 + " officials meet for " + r.pick(ADJ) + " talks on " + n;
            }
            case 4 -> cap(n) + " " + r.pick(VERB_INF) + "s as " + r.pick(GROUPS) + " brace for " + r.pick(ADJ)
                    + " " + r.pick(PHRASE_HEAD);
            case 5 -> "Why " + n + " matters for " + place(r, m);
            case 6 -> r.between(2, 90) + " " + r.pick(GROUPS) + " question " + n + " in " + place(r, m);
            case 7 -> cap(r.pick(GROUPS)) + " in " + place(r, m) + " wary of " + r.pick(ADJ) + " " + n;
            default -> cap(n) + ": " + person(r, m) + " " + r.pick(VERB_3) + " " + r.pick(ADJ) + " "
                    + r.pick(PHRASE_MOD) + " " + r.pick(PHRASE_HEAD);
        };
        if (disambiguate) {
            t = t + " (" + m.date().getDayOfMonth() + " " + MONTHS[m.date().getMonthValue() - 1] + ")";
        }
        return cap(t);
    }

    // ---------------------------------------------------------------- body

    /** One block of body text; md decides on the markup, txt drops it. */
    sealed interface Block permits Heading, Para, ListBlock {
    }

    record Heading(String text) implements Block {
    }

    /** Segments: plain text, or EM/STRONG/LINK spans (text, href). */
    record Para(List<String[]> spans) implements Block {
    }

    record ListBlock(String intro, List<String> items) implements Block {
    }

    String sentence(Rng r, Meta m) {
        String p = person(r, m);
        String s = switch (r.nextInt(28)) {
            case 0 -> p + ", " + r.pick(ROLES) + " " + org(r, m) + ", " + r.pick(SAY) + " " + r.pick(TIMES)
                    + " that " + noun(r, m) + " would " + r.pick(VERB_INF) + " before " + r.pick(MONTHS) + ".";
            case 1 -> cap(r.pick(GROUPS)) + " in " + place(r, m) + " have watched " + noun(r, m)
                    + " closely since " + r.pick(MONTHS) + ", when " + org(r, m) + " " + r.pick(VERB_PAST)
                    + " " + a(r.pick(ADJ)) + " package of measures.";
            case 2 -> "\"We expect " + noun(r, m) + " to " + r.pick(VERB_INF) + " over the coming months, but the "
                    + "risks are still there,\" " + p + " " + r.pick(SAY) + ".";
            case 3 -> "Data published " + r.pick(TIMES) + " showed " + noun(r, m) + " moved " + r.between(1, 39)
                    + "." + r.nextInt(10) + "% year-on-year, the " + r.pick(SUPERLATIVE) + " change since "
                    + r.between(2008, 2021) + ".";
            case 4 -> "The " + r.pick(ADJ) + " agreement struck in " + place(r, m) + " had briefly lowered the "
                    + "temperature, but " + r.pick(GROUPS) + " say the details on " + noun(r, m)
                    + " remain unclear.";
            case 5 -> "Attending the meeting were " + p + ", " + person(r, m) + " and " + person(r, m)
                    + ", along with representatives of " + org(r, m) + ".";
            case 6 -> "According to " + org(r, m) + ", about " + r.between(2, 95) + "," + r.between(100, 999)
                    + " people were affected, and the figure could rise as " + r.pick(GROUPS)
                    + " complete their assessments.";
            case 7 -> "Critics argue that " + noun(r, m) + " has been used to delay decisions on " + noun(r, m)
                    + ", while supporters point to " + r.pick(ADJ) + " gains in " + place(r, m) + ".";
            case 8 -> "The dispute has widened from " + noun(r, m) + " to " + r.pick(PHRASE_MOD) + " "
                    + r.pick(PHRASE_HEAD) + ", threatening " + a(r.pick(ADJ)) + " shock for " + r.pick(GROUPS) + " across the region.";
            case 9 -> p + " did not attend the talks in " + place(r, m) + " at which both sides agreed a "
                    + r.between(30, 180) + "-day pause on " + noun(r, m) + ".";
            case 10 -> "Customs figures showed shipments worth $" + r.between(1, 99) + "." + r.nextInt(10)
                    + " billion left " + place(r, m) + " in " + r.pick(MONTHS) + ", down " + r.between(2, 40)
                    + "% from a year earlier.";
            case 11 -> "\"This is not " + a(r.pick(ADJ)) + " situation, and we are treating it accordingly,\" "
                    + p + ", " + r.pick(ROLES) + " " + org(r, m) + ", " + r.pick(SAY) + ".";
            case 12 -> "For now, the impact on " + noun(r, m) + " has been " + r.pick(new String[] {"muted",
                "limited", "severe", "uneven", "hard to measure"}) + ", though " + r.pick(GROUPS)
                    + " expect cracks to become more apparent over the summer.";
            case 13 -> cap(org(r, m)) + " " + r.pick(VERB_PAST) + " the proposal " + r.pick(TIMES)
                    + ", saying it would review " + noun(r, m) + " again in " + r.pick(MONTHS) + ".";
            case 14 -> "In " + place(r, m) + ", " + r.pick(GROUPS) + " said they had been given little warning, "
                    + "and several called for " + a(r.pick(ADJ)) + " inquiry into " + noun(r, m) + ".";
            case 15 -> "The next round of talks on " + noun(r, m) + " is expected in " + place(r, m)
                    + " later this year, " + p + " " + r.pick(SAY) + ".";
            case 16 -> "Since then " + place(r, m) + " has accused " + place(r, m) + " of slow-walking its "
                    + "commitments, particularly around " + noun(r, m) + ".";
            case 17 -> p + " said " + r.pick(TIMES) + " that the government wanted " + a(r.pick(ADJ))
                    + " handshake on " + noun(r, m) + " and would expect " + r.pick(GROUPS)
                    + " to follow within weeks.";
            case 18 -> "The inclusion of " + p + " is one indication of how central " + noun(r, m)
                    + " has become, and some " + r.pick(GROUPS) + " saw it as a sign that " + org(r, m)
                    + " is willing to put " + r.pick(PHRASE_MOD) + " " + r.pick(PHRASE_HEAD) + " on the table.";
            case 19 -> "Shares in " + r.pick(SYL_A) + r.pick(SYL_B) + "co " + r.pick(ORG_NAME) + " rose "
                    + r.between(1, 14) + "." + r.nextInt(10) + "% in early trading, while the wider market was "
                    + r.pick(new String[] {"flat", "little changed", "slightly lower", "up modestly"}) + ".";
            case 20 -> "Speaking to " + r.pick(SOURCES) + ", " + p + " described the mood among " + r.pick(GROUPS)
                    + " as " + r.pick(new String[] {"anxious", "cautiously optimistic", "frustrated", "defiant",
                        "resigned", "upbeat"}) + ".";
            case 21 -> "Under the plan, " + noun(r, m) + " would be phased in over " + r.between(2, 7)
                    + " years, with a review in " + r.between(2026, 2030) + " and " + a(r.pick(ADJ))
                    + " exemption for smaller " + r.pick(GROUPS) + ".";
            case 22 -> "It was not immediately clear how " + noun(r, m) + " would affect " + r.pick(GROUPS)
                    + " outside " + place(r, m) + ".";
            case 23 -> cap(org(r, m)) + " did not respond to a request for comment.";
            case 24 -> "Everyone around " + p + " is still " + r.pick(new String[] {"hawkish", "cautious",
                "divided", "optimistic"}) + ", and so a breakthrough on " + noun(r, m) + " is unlikely, "
                    + person(r, m) + " said in an analyst note.";
            case 25 -> "Last year " + place(r, m) + " spent roughly " + r.between(2, 60) + " billion euros on "
                    + noun(r, m) + ", more than " + r.between(2, 5) + " times the amount a decade ago.";
            case 26 -> "Police said " + r.between(3, 400) + " people had been detained after protests near "
                    + org(r, m) + " turned violent late on " + r.pick(new String[] {"Friday", "Saturday",
                        "Sunday", "Monday"}) + ".";
            default -> "The " + r.pick(SUPERLATIVE) + " fall in " + noun(r, m) + " since the pandemic upended "
                    + "global trade has left " + r.pick(GROUPS) + " in " + place(r, m) + " looking for answers.";
        };
        return cap(s);
    }

    List<Block> body(Meta m, Rng r) {
        List<Block> blocks = new ArrayList<>();
        int target = r.between(780, 1020);
        int words = 0;
        int paras = 0;
        int nextHeading = r.between(3, 4);
        int lists = r.between(1, 2);
        int links = 0;
        int listAt = r.between(2, 6);
        Set<String> usedHeadings = new HashSet<>();
        while (words < target) {
            if (paras == nextHeading) {
                String h;
                do {
                    h = r.chance(0.5) ? r.pick(HEADINGS) : cap(stripThe(noun(r, m)));
                } while (!usedHeadings.add(h));
                blocks.add(new Heading(h));
                words += h.split(" ").length;
                nextHeading += r.between(3, 5);
            }
            if (lists > 0 && paras == listAt) {
                List<String> items = new ArrayList<>();
                int n = r.between(3, 5);
                for (int i = 0; i < n; i++) {
                    String item = cap(stripThe(noun(r, m))) + " in " + place(r, m) + ": " + r.pick(GROUPS)
                            + " expect it to " + r.pick(VERB_INF);
                    items.add(item);
                    words += item.split(" ").length;
                }
                blocks.add(new ListBlock(r.chance(0.5) ? "Key points:" : "What we know so far:", items));
                lists--;
                listAt += r.between(4, 7);
            }
            List<String[]> spans = new ArrayList<>();
            int n = r.between(2, 4);
            for (int i = 0; i < n; i++) {
                String s = sentence(r, m);
                words += s.split(" ").length;
                if (i > 0) {
                    spans.add(new String[] {"T", " "});
                }
                double d = r.nextDouble();
                if (d < 0.12) {
                    int sp = s.indexOf(' ', s.length() / 3);
                    int sp2 = sp < 0 ? -1 : s.indexOf(' ', sp + 1);
                    int sp3 = sp2 < 0 ? -1 : s.indexOf(' ', sp2 + 1);
                    if (sp3 > 0 && !s.substring(sp + 1, sp3).contains("\"")) {
                        spans.add(new String[] {"T", s.substring(0, sp + 1)});
                        spans.add(new String[] {r.chance(0.6) ? "EM" : "STRONG", s.substring(sp + 1, sp3)});
                        spans.add(new String[] {"T", s.substring(sp3)});
                        continue;
                    }
                } else if (d < 0.22 && links < 4) {
                    String topic = m.topics().get(0).toLowerCase(Locale.ROOT);
                    String phrase = stripThe(noun(r, m));
                    if (s.contains(phrase)) {
                        int at = s.indexOf(phrase);
                        spans.add(new String[] {"T", s.substring(0, at)});
                        spans.add(new String[] {"LINK", phrase,
                            "https://example.com/" + topic + "/" + key(phrase) + "-" + (1000 + r.nextInt(9000))});
                        spans.add(new String[] {"T", s.substring(at + phrase.length())});
                        links++;
                        continue;
                    }
                }
                spans.add(new String[] {"T", s});
            }
            blocks.add(new Para(spans));
            paras++;
        }
        if (links == 0) {
            String topic = m.topics().get(0).toLowerCase(Locale.ROOT);
            blocks.add(new Para(List.of(new String[] {"T", "Read more: "},
                new String[] {"LINK", "our " + topic + " coverage", "https://example.com/" + topic + "/"},
                new String[] {"T", "."})));
        }
        return blocks;
    }

    // ------------------------------------------------------------ rendering

    static String yaml(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static void yamlList(StringBuilder b, String key, List<String> items) {
        b.append(key).append(":\n");
        for (String i : items) {
            b.append("  - ").append(yaml(i)).append('\n');
        }
    }

    String markdown(Meta m) {
        Rng r = new Rng(mix(seed, m.index(), 2));
        StringBuilder b = new StringBuilder(8192);
        b.append("---\n");
        b.append("title: ").append(yaml(m.title())).append('\n');
        b.append("date: ").append(m.date()).append('\n');
        yamlList(b, "topics", m.topics());
        List<String> tagNames = new ArrayList<>();
        for (Tag t : m.tags()) {
            tagNames.add(t.name());
        }
        yamlList(b, "tags", tagNames);
        yamlList(b, "authors", m.authors());
        b.append("source: ").append(yaml(m.source())).append('\n');
        b.append("---\n\n");
        for (Block block : body(m, r)) {
            if (block instanceof Heading h) {
                b.append("## ").append(h.text()).append("\n\n");
            } else if (block instanceof ListBlock l) {
                b.append(l.intro()).append("\n\n");
                for (String i : l.items()) {
                    b.append("- ").append(i).append('\n');
                }
                b.append('\n');
            } else if (block instanceof Para p) {
                for (String[] s : p.spans()) {
                    switch (s[0]) {
                        case "EM" -> b.append('*').append(s[1]).append('*');
                        case "STRONG" -> b.append("**").append(s[1]).append("**");
                        case "LINK" -> b.append('[').append(s[1]).append("](").append(s[2]).append(')');
                        default -> b.append(s[1]);
                    }
                }
                b.append("\n\n");
            }
        }
        b.setLength(b.length() - 1); // one trailing newline
        return b.toString();
    }

    static String byline(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    static String relativeTime(Rng r) {
        return switch (r.nextInt(5)) {
            case 0 -> r.between(2, 59) + " minutes ago";
            case 1 -> "an hour ago";
            case 2 -> r.between(2, 23) + " hours ago";
            case 3 -> "a day ago";
            default -> r.between(2, 6) + " days ago";
        };
    }

    static String plain(Para p) {
        StringBuilder b = new StringBuilder();
        for (String[] s : p.spans()) {
            b.append(s[1]);
        }
        return b.toString();
    }

    String text(Meta m) {
        Rng r = new Rng(mix(seed, m.index(), 3));
        StringBuilder b = new StringBuilder(12288);
        b.append("logo\n").append(m.title()).append("\n\n").append(m.title()).append("\n\n");
        b.append(m.source()).append(relativeTime(r)).append("\n\n");
        LocalDate d = m.date();
        b.append(r.pick(CAPTION_SCENES)).append(", in ").append(place(r, m)).append(", ")
                .append(MONTHS[d.getMonthValue() - 1]).append(' ')
                .append(d.getDayOfMonth()).append(", ").append(d.getYear()).append(". ")
                .append(r.pick(AGENCIES)).append('/').append(r.pick(FIRST)).append(' ').append(r.pick(LAST))
                .append('\n');
        b.append("By ").append(byline(m.authors())).append('\n');
        for (Block block : body(m, new Rng(mix(seed, m.index(), 2)))) {
            if (block instanceof Heading h) {
                b.append(h.text().toUpperCase(Locale.ROOT)).append('\n');
            } else if (block instanceof ListBlock l) {
                for (String i : l.items()) {
                    b.append(i).append(".\n");
                }
            } else if (block instanceof Para p) {
                b.append(plain(p)).append('\n');
            }
        }
        b.append("© ").append(r.chance(0.3) ? "(" : "").append(m.source()).append(' ').append(d.getYear())
                .append(".\n\n");
        b.append("Orange background\n\nTry Our AI Features\n\nExplore what Daily8 AI can do for you:\n\n");
        b.append("Comments\n\nNo comments yet...\n\nRelated Articles\n\n");
        int teasers = r.between(2, 4);
        Set<String> none = new HashSet<>();
        for (int i = 0; i < teasers; i++) {
            Rng tr = new Rng(mix(seed, m.index(), 100 + i));
            Meta tm = new Meta(m.index(), "", m.date(), m.topics(), m.tags(), m.authors(),
                    SOURCES[sourceZipf.sample(tr)]);
            String t = title(tr, tm, false);
            b.append(t).append('\n').append(t).append("\n\n");
            b.append(tm.source()).append("\n\ntime").append(relativeTime(tr)).append("\n\n");
            b.append("  \u2022 ").append(tm.source()).append("\n\n").append(t).append("\n\n");
            int n = tr.between(3, 9);
            for (int s = 0; s < n; s++) {
                if (s > 0) {
                    b.append(' ');
                }
                b.append(sentence(tr, tm));
            }
            b.append("\n\n");
        }
        b.append("DOWNLOAD THE APP\n\nGet Started Now: Download the App\n\n");
        b.append("Ready to dive into the world of global news and events? Download our app today from your "
                + "preferred app store and start exploring.\napp-storeplay-store");
        return b.toString();
    }

    // ----------------------------------------------------------------- main

    static String fileName(Meta m, String format, long seed) {
        if (format.equals("md")) {
            String slug = key(m.title());
            if (slug.length() > 60) {
                int cut = slug.lastIndexOf('-', 60);
                slug = slug.substring(0, cut > 30 ? cut : 60);
            }
            return String.format(Locale.ROOT, "%06d-%s.md", m.index(), slug);
        }
        return String.format(Locale.ROOT, "%06d_%016x.txt", m.index(), mix(seed, m.index(), 4));
    }

    public static void main(String[] args) throws IOException {
        int n = -1;
        String format = "md";
        Path out = null;
        long seed = 42;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length && !a.equals("--help")) {
                usage("missing value for " + a);
            }
            switch (a) {
                case "--n" -> n = Integer.parseInt(args[++i].replace("_", "").replace(",", ""));
                case "--format" -> format = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--help" -> usage(null);
                default -> usage("unknown option " + a);
            }
        }
        if (n < 0 || out == null || !(format.equals("md") || format.equals("txt"))) {
            usage("need --n N, --out DIR and --format md|txt");
        }
        Files.createDirectories(out);
        CorpusGenerator g = new CorpusGenerator(seed);
        Set<String> usedTitles = new HashSet<>();
        Meta[] metas = new Meta[n];
        for (int i = 0; i < n; i++) {
            metas[i] = g.meta(i + 1, usedTitles);
        }
        final String fmt = format;
        final Path dir = out;
        final long sd = seed;
        IntStream.range(0, n).parallel().forEach(i -> {
            Meta m = metas[i];
            String content = fmt.equals("md") ? g.markdown(m) : g.text(m);
            try {
                Files.write(dir.resolve(fileName(m, fmt, sd)), content.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        System.err.printf(Locale.ROOT, "wrote %d %s files to %s%n", n, format, out);
    }

    static void usage(String error) {
        if (error != null) {
            System.err.println("CorpusGenerator: " + error);
        }
        System.err.println("usage: java bench/CorpusGenerator.java --n N --format md|txt --out DIR [--seed 42]");
        System.exit(error == null ? 0 : 2);
    }
}
