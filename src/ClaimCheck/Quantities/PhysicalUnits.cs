using System.Collections.Frozen;

namespace ClaimCheck.Quantities;

/// <summary>Physical units written after a number: symbols (case-sensitive: "mm", "MB", "°C") and names (any case:
/// "kilometres", "sq ft", "degrees Fahrenheit"), each normalised to one symbol ("km", "lb", "°F", "km/h").</summary>
/// <remarks>General English and SI usage, not tied to any text. Words that are common English words first ("in", "a",
/// "mix", "I'm") are never units on their own; "in" is an inch only after a feet figure. Thread-safe.</remarks>
internal static class PhysicalUnits
{
    /// <summary>Symbols, compared ordinally (so "mm" and "Mm", "MB" and "mb" differ).</summary>
    public static readonly FrozenDictionary<string, string> Symbols = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["km"] = "km", ["Km"] = "km", ["KM"] = "km", ["m"] = "m", ["cm"] = "cm", ["mm"] = "mm", ["dm"] = "dm", ["nm"] = "nm",
        ["μm"] = "μm", ["µm"] = "μm", ["mi"] = "mi", ["ft"] = "ft", ["yd"] = "yd", ["yds"] = "yd",
        ["kg"] = "kg", ["Kg"] = "kg", ["KG"] = "kg", ["kgs"] = "kg", ["g"] = "g", ["mg"] = "mg", ["μg"] = "μg", ["µg"] = "μg", ["mcg"] = "μg",
        ["lb"] = "lb", ["lbs"] = "lb", ["oz"] = "oz", ["t"] = "t", ["kt"] = "kt", ["Mt"] = "Mt",
        ["l"] = "L", ["L"] = "L", ["ml"] = "mL", ["mL"] = "mL", ["cl"] = "cL", ["dl"] = "dL", ["gal"] = "gal",
        ["km2"] = "km²", ["km²"] = "km²", ["m2"] = "m²", ["m²"] = "m²", ["cm2"] = "cm²", ["cm²"] = "cm²", ["ha"] = "ha",
        ["m3"] = "m³", ["m³"] = "m³", ["cm3"] = "cm³", ["cm³"] = "cm³", ["cc"] = "cm³",
        ["kph"] = "km/h", ["kmph"] = "km/h", ["kmh"] = "km/h", ["mph"] = "mph", ["MPH"] = "mph", ["kn"] = "kn",
        ["°C"] = "°C", ["℃"] = "°C", ["°F"] = "°F", ["℉"] = "°F", 
        ["kWh"] = "kWh", ["MWh"] = "MWh", ["GWh"] = "GWh", ["TWh"] = "TWh", ["kW"] = "kW", ["MW"] = "MW", ["GW"] = "GW",
        ["kJ"] = "kJ", ["MJ"] = "MJ", ["kcal"] = "kcal", ["cal"] = "cal", ["kV"] = "kV", ["Hz"] = "Hz",
        ["kHz"] = "kHz", ["MHz"] = "MHz", ["GHz"] = "GHz",
        ["KB"] = "kB", ["kB"] = "kB", ["MB"] = "MB", ["GB"] = "GB", ["TB"] = "TB", ["PB"] = "PB",
        ["kb"] = "kbit", ["Kb"] = "kbit", ["kbit"] = "kbit", ["mb"] = "Mbit", ["Mb"] = "Mbit", ["Mbit"] = "Mbit", ["Gb"] = "Gbit", ["Gbit"] = "Gbit",
        ["Mbps"] = "Mbit/s", ["mbps"] = "Mbit/s", ["Gbps"] = "Gbit/s", ["kbps"] = "kbit/s",
        ["rad"] = "rad", ["bbl"] = "bbl", ["psi"] = "psi", ["hPa"] = "hPa", ["kPa"] = "kPa", ["mbar"] = "mbar", ["dB"] = "dB",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Names and abbreviations with a dot, compared ignoring case.</summary>
    public static readonly FrozenDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["kilometre"] = "km", ["kilometres"] = "km", ["kilometer"] = "km", ["kilometers"] = "km", ["kms"] = "km",
        ["metre"] = "m", ["metres"] = "m", ["meter"] = "m", ["meters"] = "m",
        ["centimetre"] = "cm", ["centimetres"] = "cm", ["centimeter"] = "cm", ["centimeters"] = "cm",
        ["millimetre"] = "mm", ["millimetres"] = "mm", ["millimeter"] = "mm", ["millimeters"] = "mm",
        ["decimetre"] = "dm", ["decimetres"] = "dm", ["decimeter"] = "dm", ["decimeters"] = "dm",
        ["micrometre"] = "μm", ["micrometres"] = "μm", ["micrometer"] = "μm", ["micrometers"] = "μm", ["micron"] = "μm", ["microns"] = "μm",
        ["nanometre"] = "nm", ["nanometres"] = "nm", ["nanometer"] = "nm", ["nanometers"] = "nm",
        ["picometre"] = "pm", ["picometres"] = "pm", ["picometer"] = "pm", ["picometers"] = "pm",
        ["mile"] = "mi", ["miles"] = "mi", ["foot"] = "ft", ["feet"] = "ft", ["inch"] = "in", ["inches"] = "in",
        ["yard"] = "yd", ["yards"] = "yd", ["nautical mile"] = "nmi", ["nautical miles"] = "nmi", ["light-year"] = "ly", ["light-years"] = "ly",
        ["kilogram"] = "kg", ["kilograms"] = "kg", ["kilogramme"] = "kg", ["kilogrammes"] = "kg", ["kilo"] = "kg", ["kilos"] = "kg",
        ["gram"] = "g", ["grams"] = "g", ["gramme"] = "g", ["grammes"] = "g", ["milligram"] = "mg", ["milligrams"] = "mg",
        ["milligramme"] = "mg", ["milligrammes"] = "mg", ["microgram"] = "μg", ["micrograms"] = "μg", ["microgramme"] = "μg", ["microgrammes"] = "μg",
        ["pound"] = "lb", ["pounds"] = "lb", ["ounce"] = "oz", ["ounces"] = "oz", ["stone"] = "st",
        ["tonne"] = "t", ["tonnes"] = "t", ["metric ton"] = "t", ["metric tons"] = "t", ["ton"] = "ton", ["tons"] = "ton",
        ["kiloton"] = "kt", ["kilotons"] = "kt", ["kilotonne"] = "kt", ["kilotonnes"] = "kt", ["megaton"] = "Mt", ["megatons"] = "Mt",
        ["dram"] = "dr", ["drams"] = "dr", ["drachm"] = "dr", ["drachma"] = "dr", ["carat"] = "ct", ["carats"] = "ct",
        ["litre"] = "L", ["litres"] = "L", ["liter"] = "L", ["liters"] = "L", ["millilitre"] = "mL", ["millilitres"] = "mL",
        ["milliliter"] = "mL", ["milliliters"] = "mL", ["gallon"] = "gal", ["gallons"] = "gal", ["pint"] = "pt", ["pints"] = "pt",
        ["quart"] = "qt", ["quarts"] = "qt", ["cup"] = "cup", ["cups"] = "cup", ["tablespoon"] = "tbsp", ["tablespoons"] = "tbsp",
        ["tbsp"] = "tbsp", ["teaspoon"] = "tsp", ["teaspoons"] = "tsp", ["tsp"] = "tsp", ["fluid ounce"] = "fl oz", ["fluid ounces"] = "fl oz",
        ["barrel"] = "bbl", ["barrels"] = "bbl",
        ["acre"] = "acre", ["acres"] = "acre", ["hectare"] = "ha", ["hectares"] = "ha",
        ["celsius"] = "°C", ["celcius"] = "°C", ["centigrade"] = "°C", ["fahrenheit"] = "°F", ["farenheit"] = "°F", ["kelvin"] = "K",
        ["degree"] = "°", ["degrees"] = "°", ["deg"] = "°", ["radian"] = "rad", ["radians"] = "rad", ["turn"] = "turn", ["turns"] = "turn",
        ["kilowatt"] = "kW", ["kilowatts"] = "kW", ["megawatt"] = "MW", ["megawatts"] = "MW", ["gigawatt"] = "GW", ["gigawatts"] = "GW",
        ["watt"] = "W", ["watts"] = "W", ["kilowatt-hour"] = "kWh", ["kilowatt-hours"] = "kWh", ["megawatt-hour"] = "MWh",
        ["megawatt-hours"] = "MWh", ["gigawatt-hour"] = "GWh", ["gigawatt-hours"] = "GWh", ["joule"] = "J", ["joules"] = "J",
        ["calorie"] = "cal", ["calories"] = "kcal", ["kilocalorie"] = "kcal", ["kilocalories"] = "kcal", ["volt"] = "V", ["volts"] = "V",
        ["horsepower"] = "hp", ["hp"] = "hp", ["bit"] = "bit", ["bits"] = "bit", ["byte"] = "B", ["bytes"] = "B",
        ["kilobyte"] = "kB", ["kilobytes"] = "kB", ["megabyte"] = "MB", ["megabytes"] = "MB", ["gigabyte"] = "GB", ["gigabytes"] = "GB",
        ["terabyte"] = "TB", ["terabytes"] = "TB", ["petabyte"] = "PB", ["petabytes"] = "PB", ["kilobit"] = "kbit", ["kilobits"] = "kbit",
        ["megabit"] = "Mbit", ["megabits"] = "Mbit", ["gigabit"] = "Gbit", ["gigabits"] = "Gbit", ["knot"] = "kn", ["knots"] = "kn",
        ["decibel"] = "dB", ["decibels"] = "dB", ["hertz"] = "Hz", ["megahertz"] = "MHz", ["gigahertz"] = "GHz",
        ["millisecond"] = "ms", ["milliseconds"] = "ms",
        ["km."] = "km", ["ft."] = "ft", ["in."] = "in", ["lb."] = "lb", ["lbs."] = "lb", ["oz."] = "oz", ["mi."] = "mi", ["yd."] = "yd",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>"square" and "cubic" prefixes.</summary>
    public static readonly FrozenDictionary<string, char> PowerPrefixes = new Dictionary<string, char>(StringComparer.OrdinalIgnoreCase)
    {
        ["square"] = '²', ["sq"] = '²', ["sq."] = '²', ["cubic"] = '³', ["cu"] = '³', ["cu."] = '³',
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Time units after "per", "/", "a" or "an" that make a rate ("km/h", "miles an hour", "barrels a day").</summary>
    public static readonly FrozenDictionary<string, string> RateDenominators = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["hour"] = "h", ["hr"] = "h", ["h"] = "h", ["hrs"] = "h", ["second"] = "s", ["sec"] = "s", ["s"] = "s", ["minute"] = "min",
        ["min"] = "min", ["millisecond"] = "ms", ["ms"] = "ms", ["day"] = "d", ["week"] = "wk", ["month"] = "mo", ["year"] = "yr",
        ["annum"] = "yr", ["yr"] = "yr",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adjectives of size that make a bare quote mark after a number an inch or a foot ("10" long").</summary>
    public static readonly FrozenSet<string> DimensionAdjectives = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "long", "tall", "wide", "high", "deep", "thick", "across", "in diameter", "away");

    /// <summary>Whether <paramref name="symbol"/> is a temperature unit.</summary>
    public static bool IsTemperature(string symbol) => symbol is "°C" or "°F" or "K";
}
