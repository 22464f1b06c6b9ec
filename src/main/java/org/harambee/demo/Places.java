package org.harambee.demo;

import java.util.List;
import java.util.Map;

/** Cities and ZIP prefixes for every state, DC and the territories, so demo addresses look right. */
final class Places {

    record City(String name, String zip) {
    }

    static final Map<String, List<City>> BY_STATE = Map.ofEntries(
            Map.entry("AL", List.of(new City("Birmingham", "352"), new City("Montgomery", "361"), new City("Mobile", "366"))),
            Map.entry("AK", List.of(new City("Anchorage", "995"), new City("Fairbanks", "997"))),
            Map.entry("AZ", List.of(new City("Phoenix", "850"), new City("Tucson", "857"), new City("Flagstaff", "860"))),
            Map.entry("AR", List.of(new City("Little Rock", "722"), new City("Fayetteville", "727"))),
            Map.entry("CA", List.of(new City("Los Angeles", "900"), new City("Oakland", "946"), new City("Fresno", "937"),
                    new City("San Diego", "921"), new City("Sacramento", "958"))),
            Map.entry("CO", List.of(new City("Denver", "802"), new City("Pueblo", "810"))),
            Map.entry("CT", List.of(new City("Hartford", "061"), new City("New Haven", "065"))),
            Map.entry("DE", List.of(new City("Wilmington", "198"), new City("Dover", "199"))),
            Map.entry("DC", List.of(new City("Washington", "200"))),
            Map.entry("FL", List.of(new City("Miami", "331"), new City("Orlando", "328"), new City("Tampa", "336"),
                    new City("Immokalee", "341"))),
            Map.entry("GA", List.of(new City("Atlanta", "303"), new City("Savannah", "314"))),
            Map.entry("HI", List.of(new City("Honolulu", "968"), new City("Hilo", "967"))),
            Map.entry("ID", List.of(new City("Boise", "837"), new City("Twin Falls", "833"))),
            Map.entry("IL", List.of(new City("Chicago", "606"), new City("Springfield", "627"), new City("Rockford", "611"))),
            Map.entry("IN", List.of(new City("Indianapolis", "462"), new City("Gary", "464"))),
            Map.entry("IA", List.of(new City("Des Moines", "503"), new City("Iowa City", "522"))),
            Map.entry("KS", List.of(new City("Wichita", "672"), new City("Kansas City", "661"))),
            Map.entry("KY", List.of(new City("Louisville", "402"), new City("Lexington", "405"))),
            Map.entry("LA", List.of(new City("New Orleans", "701"), new City("Baton Rouge", "708"))),
            Map.entry("ME", List.of(new City("Portland", "041"), new City("Bangor", "044"))),
            Map.entry("MD", List.of(new City("Baltimore", "212"), new City("Silver Spring", "209"))),
            Map.entry("MA", List.of(new City("Boston", "021"), new City("Worcester", "016"), new City("Springfield", "011"))),
            Map.entry("MI", List.of(new City("Detroit", "482"), new City("Flint", "485"), new City("Grand Rapids", "495"))),
            Map.entry("MN", List.of(new City("Minneapolis", "554"), new City("Saint Paul", "551"), new City("Duluth", "558"))),
            Map.entry("MS", List.of(new City("Jackson", "392"), new City("Gulfport", "395"))),
            Map.entry("MO", List.of(new City("St. Louis", "631"), new City("Kansas City", "641"))),
            Map.entry("MT", List.of(new City("Billings", "591"), new City("Missoula", "598"))),
            Map.entry("NE", List.of(new City("Omaha", "681"), new City("Lincoln", "685"))),
            Map.entry("NV", List.of(new City("Las Vegas", "891"), new City("Reno", "895"))),
            Map.entry("NH", List.of(new City("Manchester", "031"), new City("Concord", "033"))),
            Map.entry("NJ", List.of(new City("Newark", "071"), new City("Camden", "081"), new City("Trenton", "086"))),
            Map.entry("NM", List.of(new City("Albuquerque", "871"), new City("Las Cruces", "880"), new City("Santa Fe", "875"))),
            Map.entry("NY", List.of(new City("New York", "100"), new City("Bronx", "104"), new City("Buffalo", "142"),
                    new City("Rochester", "146"), new City("Albany", "122"))),
            Map.entry("NC", List.of(new City("Durham", "277"), new City("Charlotte", "282"), new City("Raleigh", "276"))),
            Map.entry("ND", List.of(new City("Fargo", "581"), new City("Bismarck", "585"))),
            Map.entry("OH", List.of(new City("Cleveland", "441"), new City("Columbus", "432"), new City("Cincinnati", "452"))),
            Map.entry("OK", List.of(new City("Tulsa", "741"), new City("Oklahoma City", "731"))),
            Map.entry("OR", List.of(new City("Portland", "972"), new City("Eugene", "974"))),
            Map.entry("PA", List.of(new City("Philadelphia", "191"), new City("Pittsburgh", "152"), new City("Harrisburg", "171"))),
            Map.entry("RI", List.of(new City("Providence", "029"))),
            Map.entry("SC", List.of(new City("Charleston", "294"), new City("Columbia", "292"))),
            Map.entry("SD", List.of(new City("Sioux Falls", "571"), new City("Rapid City", "577"))),
            Map.entry("TN", List.of(new City("Memphis", "381"), new City("Nashville", "372"), new City("Knoxville", "379"))),
            Map.entry("TX", List.of(new City("Houston", "770"), new City("San Antonio", "782"), new City("El Paso", "799"),
                    new City("Austin", "787"), new City("Brownsville", "785"), new City("Dallas", "752"))),
            Map.entry("UT", List.of(new City("Salt Lake City", "841"), new City("Provo", "846"))),
            Map.entry("VT", List.of(new City("Burlington", "054"), new City("Montpelier", "056"))),
            Map.entry("VA", List.of(new City("Richmond", "232"), new City("Norfolk", "235"), new City("Arlington", "222"))),
            Map.entry("WA", List.of(new City("Seattle", "981"), new City("Spokane", "992"), new City("Yakima", "989"))),
            Map.entry("WV", List.of(new City("Charleston", "253"), new City("Huntington", "257"))),
            Map.entry("WI", List.of(new City("Milwaukee", "532"), new City("Madison", "537"))),
            Map.entry("WY", List.of(new City("Cheyenne", "820"), new City("Casper", "826"))),
            Map.entry("PR", List.of(new City("San Juan", "009"), new City("Ponce", "007"), new City("Mayagüez", "006"))),
            Map.entry("GU", List.of(new City("Hagåtña", "969"))),
            Map.entry("VI", List.of(new City("Charlotte Amalie", "008"))),
            Map.entry("AS", List.of(new City("Pago Pago", "967"))),
            Map.entry("MP", List.of(new City("Saipan", "969"))));

    /** Populous states get more organizations, as in a real national network. */
    static final Map<String, Integer> WEIGHT = Map.ofEntries(
            Map.entry("CA", 9), Map.entry("NY", 8), Map.entry("TX", 7), Map.entry("FL", 5), Map.entry("IL", 5),
            Map.entry("DC", 5), Map.entry("GA", 4), Map.entry("PA", 4), Map.entry("MA", 3), Map.entry("MI", 3),
            Map.entry("NC", 3), Map.entry("LA", 3), Map.entry("OH", 3), Map.entry("WA", 3), Map.entry("NM", 3),
            Map.entry("AZ", 3), Map.entry("MS", 2), Map.entry("AL", 2), Map.entry("MN", 2), Map.entry("MD", 2),
            Map.entry("NJ", 2), Map.entry("TN", 2), Map.entry("PR", 2), Map.entry("CO", 2), Map.entry("OR", 2),
            Map.entry("VA", 2), Map.entry("MO", 2));

    private Places() {
    }
}
