package com.b12consult.demo;

import com.b12consult.domain.Sex;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Names as a clinic's list holds them: mostly Latin script (many with diacritics), and Greek, Cyrillic, Arabic,
 * Hebrew, Devanagari, Chinese, Japanese and Korean, each written as its people write it (family name first and
 * no space in Chinese and Korean, the feminine family name where the language has one).
 */
final class SampleNames {
    /** One naming tradition: given names by sex, family names (feminine forms where the language has them). */
    private record Tradition(int weight, List<String> female, List<String> male, List<String> family,
                             List<String> familyFeminine, boolean familyFirst, String separator) {
        String name(SplittableRandom random, boolean female) {
            String given = pick(random, female ? this.female : male);
            int i = random.nextInt(family.size());
            String surname = female && !familyFeminine.isEmpty() ? familyFeminine.get(i) : family.get(i);
            return familyFirst ? surname + separator + given : given + separator + surname;
        }
    }

    private static final List<Tradition> TRADITIONS = List.of(
            new Tradition(30, List.of("Margaret", "Susan", "Helen", "Sarah", "Emma", "Joan", "Patricia", "Olivia",
                    "Grace", "Ruth", "Linda", "Claire", "Anne", "Carol", "Janet", "Rachel", "Alice", "Hannah", "Sophie", "Lucy", "Barbara", "Jean"),
                    List.of("John", "David", "Michael", "Peter", "James", "Robert", "William", "Thomas", "George",
                            "Daniel", "Stephen", "Richard", "Paul", "Mark", "Andrew", "Christopher", "Brian", "Kevin", "Alan", "Gary", "Edward", "Samuel"),
                    List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Walker", "Wright",
                            "Robinson", "Thompson", "Hughes", "O'Connor", "Murphy", "MacLeod", "Evans", "Clarke", "Harris", "Lewis", "Patel", "Khan", "Morgan", "Cooper", "Ward", "Turner", "Bennett", "Carter", "Phillips", "Mitchell", "Campbell", "Stewart", "Davies", "Edwards", "Collins", "Bell", "Shaw"), List.of(),
                    false, " "),
            new Tradition(6, List.of("Siobhán", "Aoife", "Niamh", "Sinéad", "Máire"),
                    List.of("Seán", "Pádraig", "Ciarán", "Eoin", "Tomás"),
                    List.of("Ó Briain", "Mac Giolla", "Ní Dhomhnaill", "Ó Súilleabháin", "Kennedy", "Byrne"),
                    List.of(), false, " "),
            new Tradition(6, List.of("Amélie", "Hélène", "Françoise", "Élodie", "Céline", "Noémie"),
                    List.of("François", "Jérôme", "Benoît", "Loïc", "Théo", "Gaël"),
                    List.of("Lefèvre", "Bérenger", "Dupré", "Garçon", "Mercier", "Lévêque", "Lefèbvre", "Moreau", "Rousseau", "Bélanger", "Fournier", "Chevalier", "Girard", "Régnier"), List.of(), false, " "),
            new Tradition(6, List.of("María José", "Lucía", "Inés", "Begoña", "Núria"),
                    List.of("José", "Iñaki", "Andrés", "Joaquín", "Martín"),
                    List.of("Muñoz", "Peña", "Ibáñez", "Gómez", "Fernández", "Núñez", "Martínez", "Rodríguez", "Sánchez", "Pérez", "Jiménez", "Álvarez", "Castaño", "Durán"), List.of(), false, " "),
            new Tradition(4, List.of("Conceição", "Inês", "Lourdes", "Graça"),
                    List.of("João", "Gonçalo", "Simão", "Estêvão"),
                    List.of("Gonçalves", "Magalhães", "Araújo", "Brandão"), List.of(), false, " "),
            new Tradition(5, List.of("Dörte", "Käthe", "Bärbel", "Jutta"),
                    List.of("Jürgen", "Jörg", "Günter", "Björn"),
                    List.of("Müller", "Schäfer", "Köhler", "Weiß", "Groß", "Böhm", "Schröder", "Krüger", "Jäger", "Hoffmann", "Fuchs", "Würth"), List.of(), false, " "),
            new Tradition(5, List.of("Małgorzata", "Agnieszka", "Zofia", "Bożena", "Elżbieta", "Krystyna", "Jadwiga"),
                    List.of("Łukasz", "Wojciech", "Paweł", "Jerzy", "Grzegorz", "Michał", "Stanisław"),
                    List.of("Wiśniewski", "Dąbrowski", "Kowalczyk", "Zieliński", "Woźniak", "Kamiński", "Lewandowski", "Szymański",
                            "Jóźwiak", "Król"),
                    List.of("Wiśniewska", "Dąbrowska", "Kowalczyk", "Zielińska", "Woźniak", "Kamińska", "Lewandowska",
                            "Szymańska", "Jóźwiak", "Król"), false, " "),
            new Tradition(3, List.of("Zuzana", "Kateřina", "Dagmar"), List.of("Jiří", "Tomáš", "Lubomír"),
                    List.of("Dvořák", "Novák", "Černý", "Růžička"), List.of("Dvořáková", "Nováková", "Černá",
                            "Růžičková"), false, " "),
            new Tradition(3, List.of("Ayşe", "Gülşen", "Şule", "Özlem"), List.of("Çağlar", "Barış", "Oğuz", "Ümit"),
                    List.of("Yılmaz", "Öztürk", "Şahin", "Çelik", "Doğan"), List.of(), false, " "),
            new Tradition(3, List.of("Thị Hương", "Ngọc Ánh", "Thu Trang"), List.of("Văn Đức", "Minh Tuấn", "Quốc Bảo"),
                    List.of("Nguyễn", "Trần", "Lê", "Phạm", "Đặng"), List.of(), true, " "),
            new Tradition(4, List.of("Μαρία", "Ελένη", "Αικατερίνη", "Σοφία"),
                    List.of("Γιώργος", "Δημήτρης", "Νίκος", "Κωνσταντίνος"),
                    List.of("Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Νικολάου", "Καραγιάννης"),
                    List.of("Παπαδοπούλου", "Οικονόμου", "Γεωργίου", "Νικολάου", "Καραγιάννη"), false, " "),
            new Tradition(5, List.of("Татьяна", "Ольга", "Наталья", "Ирина", "Оксана"),
                    List.of("Сергей", "Андрей", "Дмитрий", "Олег", "Юрий"),
                    List.of("Иванов", "Смирнов", "Кузнецов", "Соколов", "Шевченко", "Попов", "Волков", "Морозов", "Ковальчук",
                            "Лебедев"),
                    List.of("Иванова", "Смирнова", "Кузнецова", "Соколова", "Шевченко", "Попова", "Волкова", "Морозова",
                            "Ковальчук", "Лебедева"), false, " "),
            new Tradition(5, List.of("فاطمة", "عائشة", "مريم", "نور", "ليلى"),
                    List.of("محمد", "أحمد", "علي", "يوسف", "عمر"),
                    List.of("الحسيني", "العلي", "حداد", "منصور", "الخطيب", "السيد", "عبد الله", "الشامي", "ناصر", "سليمان", "حسن"), List.of(), false, " "),
            new Tradition(2, List.of("רחל", "מרים", "נועה"), List.of("דוד", "יוסף", "אבי"),
                    List.of("כהן", "לוי", "מזרחי", "פרץ"), List.of(), false, " "),
            new Tradition(5, List.of("प्रिया", "अनीता", "सुनीता", "कविता"),
                    List.of("राजेश", "अमित", "सुरेश", "विकास"),
                    List.of("शर्मा", "वर्मा", "गुप्ता", "पटेल", "सिंह", "मेहता", "जोशी", "यादव", "चौधरी", "मिश्रा"), List.of(), false, " "),
            new Tradition(4, List.of("芳", "秀英", "丽", "静", "敏", "燕", "霞", "娟"), List.of("伟", "强", "磊", "军", "勇", "杰", "涛", "明"),
                    List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐"), List.of(), true, ""),
            new Tradition(3, List.of("花子", "陽子", "美咲", "恵子"), List.of("太郎", "健一", "大輔", "浩"),
                    List.of("佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本", "中村", "小林"), List.of(), true, " "),
            new Tradition(3, List.of("지은", "서연", "민지"), List.of("민준", "서준", "도윤"),
                    List.of("김", "이", "박", "최"), List.of(), true, ""));

    private static final int TOTAL = TRADITIONS.stream().mapToInt(Tradition::weight).sum();

    private SampleNames() {
    }

    /** A name for a person of {@code sex} (a given name of either sex when it is neither female nor male). */
    static String name(SplittableRandom random, Sex sex) {
        int at = random.nextInt(TOTAL);
        for (Tradition t : TRADITIONS) {
            at -= t.weight();
            if (at < 0) {
                boolean female = switch (sex) {
                    case FEMALE -> true;
                    case MALE -> false;
                    default -> random.nextBoolean();
                };
                return t.name(random, female);
            }
        }
        throw new AssertionError("weights add up to " + TOTAL);
    }

    static <T> T pick(SplittableRandom random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
