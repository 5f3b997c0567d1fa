#include "DemoCatalog.h"

#include <iterator>

namespace DemoCatalog {

namespace {

// Fictional ranges reserved by ARCEP for films and books: 01 99 00, 02 61 91,
// 03 53 01, 04 65 71, 05 36 49 (landlines by region) and 06 39 98 (mobiles).
constexpr const char* kIdf = "01 99 00";
constexpr const char* kNw = "02 61 91";
constexpr const char* kNe = "03 53 01";
constexpr const char* kSe = "04 65 71";
constexpr const char* kSw = "05 36 49";

const City kCities[] = {
    {"Paris",
     "75001 75002 75003 75004 75005 75006 75007 75008 75009 75010 75011 75012 75013 75014 "
     "75015 75016 75017 75018 75019 75020",
     260, 30, kIdf},
    {"Marseille",
     "13001 13002 13003 13004 13005 13006 13007 13008 13009 13010 13011 13012 13013 13014 "
     "13015 13016",
     110, 14, kSe},
    {"Lyon", "69001 69002 69003 69004 69005 69006 69007 69008 69009", 150, 15, kSe},
    {"Toulouse", "31000 31100 31200 31300 31400 31500", 80, 13, kSw},
    {"Nice", "06000 06100 06200 06300", 60, 18, kSe},
    {"Nantes", "44000 44100 44200 44300", 55, 13, kNw},
    {"Montpellier", "34000 34070 34080 34090", 55, 15, kSe},
    {"Strasbourg", "67000 67100 67200", 50, 13, kNe},
    {"Bordeaux", "33000 33100 33200 33300 33800", 55, 14, kSw},
    {"Lille", "59000 59800", 50, 15, kNe},
    {"Rennes", "35000 35200 35700", 40, 13, kNw},
    {"Reims", "51100", 25, 11, kNe},
    {"Toulon", "83000 83100 83200", 25, 13, kSe},
    {"Saint-Étienne", "42000 42100", 25, 9, kSe},
    {"Le Havre", "76600 76610 76620", 22, 10, kNw},
    {"Grenoble", "38000 38100", 30, 12, kSe},
    {"Dijon", "21000", 25, 11, kNe},
    {"Angers", "49000 49100", 25, 11, kNw},
    {"Nîmes", "30000 30900", 20, 10, kSe},
    {"Villeurbanne", "69100", 25, 13, kSe},
    {"Clermont-Ferrand", "63000 63100", 22, 10, kSe},
    {"Le Mans", "72000 72100", 18, 9, kNw},
    {"Aix-en-Provence", "13090 13100", 22, 17, kSe},
    {"Brest", "29200", 18, 9, kNw},
    {"Tours", "37000 37100 37200", 22, 11, kNw},
    {"Amiens", "80000 80080 80090", 18, 11, kNe},
    {"Limoges", "87000 87100 87280", 16, 9, kSw},
    {"Annecy", "74000", 14, 16, kSe},
    {"Perpignan", "66000 66100", 16, 10, kSe},
    {"Boulogne-Billancourt", "92100", 18, 26, kIdf},
    {"Metz", "57000 57050 57070", 16, 10, kNe},
    {"Besançon", "25000", 16, 10, kNe},
    {"Orléans", "45000 45100", 16, 11, kNw},
    {"Saint-Denis", "93200", 16, 17, kIdf},
    {"Argenteuil", "95100", 12, 15, kIdf},
    {"Rouen", "76000 76100", 18, 12, kNw},
    {"Montreuil", "93100", 14, 20, kIdf},
    {"Mulhouse", "68100 68200", 14, 9, kNe},
    {"Caen", "14000", 16, 12, kNw},
    {"Nancy", "54000 54100", 16, 11, kNe},
    {"Tourcoing", "59200", 10, 10, kNe},
    {"Roubaix", "59100", 10, 9, kNe},
    {"Nanterre", "92000", 12, 21, kIdf},
    {"Vitry-sur-Seine", "94400", 10, 17, kIdf},
    {"Avignon", "84000", 12, 11, kSe},
    {"Créteil", "94000", 10, 17, kIdf},
    {"Poitiers", "86000", 12, 10, kSw},
    {"Versailles", "78000", 12, 22, kIdf},
    {"Pau", "64000", 10, 10, kSw},
    {"La Rochelle", "17000", 10, 13, kSw},
    {"Colombes", "92700", 10, 20, kIdf},
    {"Asnières-sur-Seine", "92600", 10, 22, kIdf},
    {"Courbevoie", "92400", 10, 24, kIdf},
    {"Cannes", "06150 06400", 10, 17, kSe},
    {"Calais", "62100", 8, 8, kNe},
    {"Béziers", "34500", 8, 9, kSe},
    {"Saint-Nazaire", "44600", 8, 10, kNw},
    {"Colmar", "68000", 8, 11, kNe},
    {"Bourges", "18000", 7, 8, kNw},
    {"Quimper", "29000", 7, 9, kNw},
    {"Valence", "26000", 8, 10, kSe},
    {"Chambéry", "73000", 8, 12, kSe},
    {"Lorient", "56100", 7, 10, kNw},
    {"Troyes", "10000", 7, 9, kNe},
    {"Niort", "79000", 6, 9, kSw},
    {"Vannes", "56000", 7, 11, kNw},
    {"Bayonne", "64100", 7, 13, kSw},
    {"Ajaccio", "20000", 6, 13, kSe},
    {"Saint-Malo", "35400", 6, 13, kNw},
    {"Arles", "13200", 5, 10, kSe},
};

const char* const kMale[] = {
    "Jean",      "Pierre",   "Michel",    "André",    "Philippe", "Alain",     "Bernard",
    "Jacques",   "Daniel",   "Christian", "Patrick",  "Nicolas",  "Julien",    "Thomas",
    "Sébastien", "Olivier",  "Laurent",   "Frédéric", "Stéphane", "David",     "Christophe",
    "Éric",      "François", "Guillaume", "Antoine",  "Maxime",   "Alexandre", "Kevin",
    "Romain",    "Mathieu",  "Benoît",    "Vincent",  "Lucas",    "Hugo",      "Théo",
    "Louis",     "Arthur",   "Jules",     "Mehdi",    "Karim",    "Yannick",   "Gilles",
    "Thierry",   "Pascal",   "Didier",    "Hervé",    "Bruno",    "Franck",    "Cédric",
    "Jérôme",    "Loïc",     "Damien",    "Adrien",   "Florian",  "Quentin",   "Rémi",
    "Samuel",    "Yassine",  "Moussa",    "Tristan"};

const char* const kFemale[] = {
    "Marie",     "Nathalie",  "Isabelle", "Sylvie",    "Catherine", "Françoise", "Valérie",
    "Christine", "Sandrine",  "Sophie",   "Céline",    "Julie",     "Aurélie",   "Émilie",
    "Camille",   "Laura",     "Manon",    "Chloé",     "Léa",       "Inès",      "Sarah",
    "Élodie",    "Stéphanie", "Virginie", "Caroline",  "Claire",    "Anne",      "Hélène",
    "Martine",   "Monique",   "Brigitte", "Chantal",   "Laurence",  "Véronique", "Agnès",
    "Pauline",   "Mathilde",  "Lucie",    "Charlotte", "Alice",     "Emma",      "Jade",
    "Louise",    "Nadia",     "Fatima",   "Samira",    "Amandine",  "Mélanie",   "Audrey",
    "Coralie",   "Margaux",   "Océane",   "Justine",   "Clémence",  "Anaïs",     "Gaëlle",
    "Morgane",   "Yasmine",   "Aïcha",    "Éloïse"};

const char* const kLast[] = {
    "Martin",    "Bernard",   "Thomas",    "Petit",     "Robert",    "Richard",   "Durand",
    "Dubois",    "Moreau",    "Laurent",   "Simon",     "Michel",    "Lefebvre",  "Leroy",
    "Roux",      "David",     "Bertrand",  "Morel",     "Fournier",  "Girard",    "Bonnet",
    "Dupont",    "Lambert",   "Fontaine",  "Rousseau",  "Vincent",   "Muller",    "Lefèvre",
    "Faure",     "André",     "Mercier",   "Blanc",     "Guérin",    "Boyer",     "Garnier",
    "Chevalier", "François",  "Legrand",   "Gauthier",  "Garcia",    "Perrin",    "Robin",
    "Clément",   "Morin",     "Nicolas",   "Henry",     "Roussel",   "Mathieu",   "Gautier",
    "Masson",    "Marchand",  "Duval",     "Denis",     "Dumont",    "Lemaire",   "Noël",
    "Meyer",     "Dufour",    "Meunier",   "Brun",      "Blanchard", "Giraud",    "Joly",
    "Rivière",   "Lucas",     "Brunet",    "Gaillard",  "Barbier",   "Arnaud",    "Martinez",
    "Gérard",    "Roche",     "Renard",    "Schmitt",   "Roy",       "Leroux",    "Colin",
    "Vidal",     "Caron",     "Picard",    "Roger",     "Fabre",     "Aubert",    "Lemoine",
    "Renaud",    "Dumas",     "Lacroix",   "Olivier",   "Philippe",  "Bourgeois", "Pierre",
    "Benoît",    "Rey",       "Leclerc",   "Payet",     "Rolland",   "Leclercq",  "Guillaume",
    "Lecomte",   "Lopez",     "Dupuy",     "Guillot",   "Hubert",    "Berger",    "Carpentier",
    "Sanchez",   "Dupuis",    "Moulin",    "Deschamps", "Huet",      "Vasseur",   "Perez",
    "Boucher",   "Fleury",    "Royer",     "Klein",     "Jacquet",   "Adam",      "Poirier",
    "Marty",     "Aubry",     "Guyot",     "Carré",     "Charles",   "Renault",   "Charpentier",
    "Ménard",    "Maillard",  "Baron",     "Bertin",    "Bailly",    "Hervé",     "Schneider",
    "Fernandez", "Le Gall",   "Collet",    "Léger",     "Bouvier",   "Julien",    "Prévost",
    "Millet",    "Perrot",    "Le Roux",   "Cousin",    "Germain",   "Breton",    "Besson",
    "Langlois",  "Le Goff",   "Pelletier", "Lévêque",   "Perrier",   "Leblanc",   "Lebrun",
    "Marchal",   "Weber",     "Mallet",    "Hamon",     "Boulanger", "Jacob",     "Monnier",
    "Michaud",   "Rodriguez", "Gillet",    "Étienne",   "Tessier",   "Chauvin",   "Da Silva",
    "Ferreira",  "Nguyen",    "Benali",    "Haddad",    "Diallo",    "Traoré",    "Kaya",
    "Rossi",     "Cohen",     "Mendy",     "Bensaïd",   "Lemaître",  "Humbert",   "Reynaud"};

const char* const kStreets[] = {"rue de la République",
                                "rue Victor Hugo",
                                "avenue Jean Jaurès",
                                "boulevard Gambetta",
                                "rue Pasteur",
                                "rue des Lilas",
                                "place de la Mairie",
                                "rue du Général de Gaulle",
                                "rue Émile Zola",
                                "avenue de la Gare",
                                "rue Jules Ferry",
                                "rue Voltaire",
                                "rue de la Paix",
                                "rue Nationale",
                                "rue du Moulin",
                                "rue des Écoles",
                                "impasse des Tilleuls",
                                "allée des Acacias",
                                "chemin des Vignes",
                                "rue Saint-Michel",
                                "cours Lafayette",
                                "rue Carnot",
                                "rue Jean Moulin",
                                "avenue du Maréchal Foch",
                                "rue Anatole France",
                                "rue des Roses",
                                "rue de Verdun",
                                "boulevard de la Liberté",
                                "rue du Château",
                                "rue de l'Église",
                                "rue des Jardins",
                                "rue Marcel Pagnol",
                                "rue Paul Bert",
                                "rue Édouard Vaillant",
                                "rue Denis Papin",
                                "rue Condorcet",
                                "rue Molière",
                                "rue Racine",
                                "rue de Strasbourg",
                                "rue de Lyon",
                                "rue de Paris",
                                "boulevard Victor Hugo",
                                "avenue de la Libération",
                                "rue Alsace-Lorraine",
                                "rue Gustave Eiffel",
                                "rue Alexandre Dumas",
                                "rue des Peupliers",
                                "quai des Bateliers",
                                "rue du Four",
                                "rue Pierre Curie",
                                "rue Aristide Briand",
                                "rue Lamartine",
                                "avenue Georges Clemenceau",
                                "rue de la Fontaine",
                                "rue des Prés",
                                "square des Platanes",
                                "rue du Stade",
                                "rue Gabriel Péri",
                                "rue de la Gare",
                                "boulevard Pasteur"};

const char* const kShops[] = {"Boulangerie", "Pharmacie",  "Fleuriste",  "Coiffure",
                              "Pressing",    "Librairie",  "Boucherie",  "Épicerie fine",
                              "Optique",     "Restaurant", "Café",       "Cordonnerie",
                              "Caviste",     "Fromagerie", "Bijouterie", "Agence de voyages"};

const char* const kProfessions[] = {
    "Cabinet du Dr",     "Cabinet dentaire du Dr", "Cabinet de kinésithérapie",
    "Cabinet infirmier", "Étude de Maître",        "Cabinet d'architecture",
    "Cabinet comptable", "Cabinet d'orthophonie"};

const char* const kDomains[] = {"example.com", "example.net", "example.org"};

const char* const kMonths[] = {"janvier",   "février", "mars",     "avril",
                               "mai",       "juin",    "juillet",  "août",
                               "septembre", "octobre", "novembre", "décembre"};

} // namespace

const City* cities(std::size_t* count)
{
    *count = std::size(kCities);
    return kCities;
}

const char* const* maleFirstNames(std::size_t* count)
{
    *count = std::size(kMale);
    return kMale;
}

const char* const* femaleFirstNames(std::size_t* count)
{
    *count = std::size(kFemale);
    return kFemale;
}

const char* const* lastNames(std::size_t* count)
{
    *count = std::size(kLast);
    return kLast;
}

const char* const* streets(std::size_t* count)
{
    *count = std::size(kStreets);
    return kStreets;
}

const char* const* shopActivities(std::size_t* count)
{
    *count = std::size(kShops);
    return kShops;
}

const char* const* professions(std::size_t* count)
{
    *count = std::size(kProfessions);
    return kProfessions;
}

const char* const* emailDomains(std::size_t* count)
{
    *count = std::size(kDomains);
    return kDomains;
}

const char* monthName(int month)
{
    return month >= 1 && month <= 12 ? kMonths[month - 1] : "";
}

} // namespace DemoCatalog
