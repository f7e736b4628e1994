using System.Collections.Frozen;
using ClaimCheck.Text;

namespace ClaimCheck.Entities;

/// <summary>How an entity was named.</summary>
public enum EntityMentionForm
{
    /// <summary>By name, alias, capital or seat of government ("North Korea", "DPRK", "Pyongyang").</summary>
    Name,

    /// <summary>By its demonym or adjective ("North Korean", "Russian").</summary>
    Demonym,
}

/// <summary>An entity found in a sentence: which tokens name it and how.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="FirstToken">The index of the first token of the mention.</param>
/// <param name="TokenCount">How many tokens the mention spans.</param>
/// <param name="Form">Whether the entity was named or used as an adjective.</param>
internal readonly record struct EntityMention(Entity Entity, int FirstToken, int TokenCount, EntityMentionForm Form)
{
    public int EndToken => FirstToken + TokenCount;
}

/// <summary>
/// Countries (with their capitals, seats of government and demonyms) and international organisations,
/// recognised in token streams. General knowledge only: nothing here is taken from any particular article.
/// </summary>
/// <remarks>Matching is case-sensitive on the capitalised forms, so the pronoun "us" is not the United States. Thread-safe.</remarks>
internal static class EntityGazetteer
{
    private const int MaxAliasTokens = 6;

    // Canonical|names and aliases (capitals and seats of government stand for governments);demonyms
    private static readonly string[] CountryTable =
    [
        "United States|United States|United States of America|US|U.S.|USA|U.S.A.|America|Washington|White House|Pentagon|State Department|Biden administration|Trump administration|Obama administration|Bush administration|Harris administration|United States’ government|US government|U.S. government|Washington D.C.|American government;American|Americans",
        "Russia|Russia|Russian Federation|Moscow|Kremlin|Russian government;Russian|Russians",
        "Ukraine|Ukraine|Kyiv|Kiev|Ukrainian government;Ukrainian|Ukrainians",
        "North Korea|North Korea|DPRK|Democratic People’s Republic of Korea|Democratic People's Republic of Korea|Pyongyang;North Korean|North Koreans",
        "South Korea|South Korea|Republic of Korea|ROK|Seoul;South Korean|South Koreans",
        "China|China|People’s Republic of China|People's Republic of China|PRC|Beijing;Chinese",
        "Japan|Japan|Tokyo;Japanese",
        "United Kingdom|United Kingdom|UK|U.K.|Britain|Great Britain|London|Downing Street|Whitehall;British|Briton|Britons",
        "Germany|Germany|Berlin;German|Germans",
        "France|France|Paris|Elysee|Élysée;French",
        "Italy|Italy|Rome;Italian|Italians",
        "Spain|Spain|Madrid;Spanish",
        "Canada|Canada|Ottawa;Canadian|Canadians",
        "Australia|Australia|Canberra;Australian|Australians",
        "New Zealand|New Zealand;New Zealander|New Zealanders",
        "India|India|New Delhi;Indian|Indians",
        "Pakistan|Pakistan|Islamabad;Pakistani|Pakistanis",
        "Iran|Iran|Tehran;Iranian|Iranians",
        "Iraq|Iraq|Baghdad;Iraqi|Iraqis",
        "Syria|Syria|Damascus;Syrian|Syrians",
        "Israel|Israel|Jerusalem;Israeli|Israelis",
        "Turkey|Turkey|Türkiye|Ankara;Turkish",
        "Saudi Arabia|Saudi Arabia|Riyadh;Saudi|Saudis",
        "Egypt|Egypt|Cairo;Egyptian|Egyptians",
        "Brazil|Brazil|Brasilia|Brasília;Brazilian|Brazilians",
        "Mexico|Mexico|Mexico City;Mexican|Mexicans",
        "Argentina|Argentina|Buenos Aires;Argentine|Argentinian|Argentines",
        "South Africa|South Africa|Pretoria;South African|South Africans",
        "Nigeria|Nigeria|Abuja;Nigerian|Nigerians",
        "Kenya|Kenya|Nairobi;Kenyan|Kenyans",
        "Ethiopia|Ethiopia|Addis Ababa;Ethiopian|Ethiopians",
        "Poland|Poland|Warsaw;Polish|Poles",
        "Hungary|Hungary|Budapest;Hungarian|Hungarians",
        "Belarus|Belarus|Minsk;Belarusian|Belarusians",
        "Serbia|Serbia|Belgrade;Serbian|Serbians|Serb|Serbs",
        "Netherlands|Netherlands|The Hague|Amsterdam;Dutch",
        "Belgium|Belgium;Belgian|Belgians",
        "Sweden|Sweden|Stockholm;Swedish|Swedes",
        "Norway|Norway|Oslo;Norwegian|Norwegians",
        "Finland|Finland|Helsinki;Finnish|Finns",
        "Denmark|Denmark|Copenhagen;Danish|Danes",
        "Austria|Austria|Vienna;Austrian|Austrians",
        "Switzerland|Switzerland;Swiss",
        "Greece|Greece|Athens;Greek|Greeks",
        "Portugal|Portugal|Lisbon;Portuguese",
        "Ireland|Ireland|Dublin;Irish",
        "Romania|Romania|Bucharest;Romanian|Romanians",
        "Moldova|Moldova|Chisinau;Moldovan|Moldovans",
        "Georgia|Georgia|Tbilisi;Georgian|Georgians",
        "Armenia|Armenia|Yerevan;Armenian|Armenians",
        "Azerbaijan|Azerbaijan|Baku;Azerbaijani|Azerbaijanis",
        "Kazakhstan|Kazakhstan|Astana;Kazakh|Kazakhs",
        "Afghanistan|Afghanistan|Kabul;Afghan|Afghans",
        "Vietnam|Vietnam|Hanoi;Vietnamese",
        "Thailand|Thailand|Bangkok;Thai",
        "Indonesia|Indonesia|Jakarta;Indonesian|Indonesians",
        "Philippines|Philippines|Manila;Philippine|Filipino|Filipinos",
        "Malaysia|Malaysia|Kuala Lumpur;Malaysian|Malaysians",
        "Singapore|Singapore;Singaporean|Singaporeans",
        "Taiwan|Taiwan|Taipei;Taiwanese",
        "Myanmar|Myanmar|Burma|Naypyidaw;Burmese",
        "Bangladesh|Bangladesh|Dhaka;Bangladeshi|Bangladeshis",
        "Sri Lanka|Sri Lanka|Colombo;Sri Lankan|Sri Lankans",
        "Nepal|Nepal|Kathmandu;Nepali|Nepalese",
        "Venezuela|Venezuela|Caracas;Venezuelan|Venezuelans",
        "Colombia|Colombia|Bogota|Bogotá;Colombian|Colombians",
        "Chile|Chile;Chilean|Chileans",
        "Peru|Peru;Peruvian|Peruvians",
        "Cuba|Cuba|Havana;Cuban|Cubans",
        "Lebanon|Lebanon|Beirut;Lebanese",
        "Jordan|Jordan|Amman;Jordanian|Jordanians",
        "Qatar|Qatar|Doha;Qatari|Qataris",
        "United Arab Emirates|United Arab Emirates|UAE|Abu Dhabi;Emirati|Emiratis",
        "Yemen|Yemen|Sanaa;Yemeni|Yemenis",
        "Libya|Libya|Tripoli;Libyan|Libyans",
        "Sudan|Sudan|Khartoum;Sudanese",
        "Somalia|Somalia|Mogadishu;Somali|Somalis",
        "Palestine|Palestine|Palestinian territories|Ramallah;Palestinian|Palestinians",
        "Algeria|Algeria|Algiers;Algerian|Algerians",
        "Morocco|Morocco|Rabat;Moroccan|Moroccans",
        "Czech Republic|Czech Republic|Czechia|Prague;Czech|Czechs",
        "Slovakia|Slovakia|Bratislava;Slovak|Slovaks",
        "Lithuania|Lithuania|Vilnius;Lithuanian|Lithuanians",
        "Latvia|Latvia|Riga;Latvian|Latvians",
        "Estonia|Estonia|Tallinn;Estonian|Estonians",
        "Bulgaria|Bulgaria;Bulgarian|Bulgarians",
        "Croatia|Croatia|Zagreb;Croatian|Croatians",
        "Mali|Mali|Bamako;Malian|Malians",
        "Niger|Niger|Niamey;Nigerien|Nigeriens",
        "Chad|Chad|N'Djamena;Chadian|Chadians",
        "Burkina Faso|Burkina Faso|Ouagadougou;Burkinabe",
        "Haiti|Haiti|Port-au-Prince;Haitian|Haitians",
        "Ghana|Ghana|Accra;Ghanaian|Ghanaians",
        "Uganda|Uganda|Kampala;Ugandan|Ugandans",
        "Tanzania|Tanzania|Dodoma;Tanzanian|Tanzanians",
        "Rwanda|Rwanda|Kigali;Rwandan|Rwandans",
        "Democratic Republic of the Congo|Democratic Republic of the Congo|DR Congo|DRC|Kinshasa;Congolese",
        "Zimbabwe|Zimbabwe|Harare;Zimbabwean|Zimbabweans",
        "Zambia|Zambia|Lusaka;Zambian|Zambians",
        "Senegal|Senegal|Dakar;Senegalese",
        "Cameroon|Cameroon|Yaounde|Yaoundé;Cameroonian|Cameroonians",
        "Ivory Coast|Ivory Coast|Côte d'Ivoire|Côte d’Ivoire|Abidjan|Yamoussoukro;Ivorian|Ivorians",
        "Tunisia|Tunisia|Tunis;Tunisian|Tunisians",
        "Bolivia|Bolivia|La Paz;Bolivian|Bolivians",
        "Ecuador|Ecuador|Quito;Ecuadorian|Ecuadorians",
        "Uruguay|Uruguay|Montevideo;Uruguayan|Uruguayans",
        "Paraguay|Paraguay|Asuncion|Asunción;Paraguayan|Paraguayans",
        "Guatemala|Guatemala|Guatemala City;Guatemalan|Guatemalans",
        "Honduras|Honduras|Tegucigalpa;Honduran|Hondurans",
        "Nicaragua|Nicaragua|Managua;Nicaraguan|Nicaraguans",
        "Panama|Panama|Panama City;Panamanian|Panamanians",
        "Costa Rica|Costa Rica|San Jose|San José;Costa Rican|Costa Ricans",
        "Dominican Republic|Dominican Republic|Santo Domingo;Dominican|Dominicans",
        "Jamaica|Jamaica|Kingston;Jamaican|Jamaicans",
        "Iceland|Iceland|Reykjavik;Icelandic|Icelanders",
        "Luxembourg|Luxembourg",
        "Slovenia|Slovenia|Ljubljana;Slovenian|Slovenians|Slovene|Slovenes",
        "Bosnia and Herzegovina|Bosnia and Herzegovina|Bosnia|Sarajevo;Bosnian|Bosnians",
        "Albania|Albania|Tirana;Albanian|Albanians",
        "North Macedonia|North Macedonia|Skopje;Macedonian|Macedonians",
        "Montenegro|Montenegro|Podgorica;Montenegrin|Montenegrins",
        "Kosovo|Kosovo|Pristina;Kosovar|Kosovars",
        "Cyprus|Cyprus|Nicosia;Cypriot|Cypriots",
        "Malta|Malta|Valletta;Maltese",
        "Mongolia|Mongolia|Ulaanbaatar;Mongolian|Mongolians",
        "Cambodia|Cambodia|Phnom Penh;Cambodian|Cambodians",
        "Laos|Laos|Vientiane;Laotian|Laotians",
        "Uzbekistan|Uzbekistan|Tashkent;Uzbek|Uzbeks",
        "Kyrgyzstan|Kyrgyzstan|Bishkek;Kyrgyz",
        "Tajikistan|Tajikistan|Dushanbe;Tajik|Tajiks",
        "Turkmenistan|Turkmenistan|Ashgabat;Turkmen",
        "Bahrain|Bahrain|Manama;Bahraini|Bahrainis",
        "Kuwait|Kuwait|Kuwait City;Kuwaiti|Kuwaitis",
        "Oman|Oman|Muscat;Omani|Omanis",
        "Malawi|Malawi|Lilongwe;Malawian|Malawians",
        "Mozambique|Mozambique|Maputo;Mozambican|Mozambicans",
        "Angola|Angola|Luanda;Angolan|Angolans",
        "Namibia|Namibia|Windhoek;Namibian|Namibians",
        "Botswana|Botswana|Gaborone;Botswanan|Batswana",
        "Madagascar|Madagascar|Antananarivo;Malagasy",
        "Eritrea|Eritrea|Asmara;Eritrean|Eritreans",
        "South Sudan|South Sudan|Juba;South Sudanese",
        "Burundi|Burundi|Gitega;Burundian|Burundians",
        "Liberia|Liberia|Monrovia;Liberian|Liberians",
        "Sierra Leone|Sierra Leone|Freetown;Sierra Leonean|Sierra Leoneans",
        "Guinea|Guinea|Conakry;Guinean|Guineans",
        "Gabon|Gabon|Libreville;Gabonese",
        "Togo|Togo|Lome|Lomé;Togolese",
        "Benin|Benin|Porto-Novo|Cotonou;Beninese",
        "Mauritania|Mauritania|Nouakchott;Mauritanian|Mauritanians",
        "Papua New Guinea|Papua New Guinea|Port Moresby;Papua New Guinean|Papua New Guineans",
        "Fiji|Fiji|Suva;Fijian|Fijians",
        "El Salvador|El Salvador|San Salvador;Salvadoran|Salvadorans",
        "Guyana|Guyana|Georgetown;Guyanese",
        "Trinidad and Tobago|Trinidad and Tobago|Port of Spain;Trinidadian|Trinidadians",
    ];

    private static readonly string[] OrganizationTable =
    [
        "NATO|NATO|North Atlantic Treaty Organization|Atlantic alliance",
        "United Nations|United Nations|UN|U.N.|UN Security Council|United Nations Security Council",
        "European Union|European Union|EU|E.U.|Brussels|European Commission|Council of the European Union",
        "G7|G7|G-7|Group of Seven",
        "G20|G20|G-20|Group of 20",
        "BRICS|BRICS",
        "International Monetary Fund|International Monetary Fund|IMF",
        "World Bank|World Bank",
        "World Health Organization|World Health Organization|WHO",
        "African Union|African Union|AU",
        "OPEC|OPEC",
        "Red Cross|Red Cross|International Committee of the Red Cross|ICRC",
    ];

    private static readonly FrozenDictionary<string, (Entity Entity, EntityMentionForm Form)> Aliases = Build();
    private static readonly FrozenDictionary<string, (Entity Entity, EntityMentionForm Form)>.AlternateLookup<ReadOnlySpan<char>> AliasLookup =
        Aliases.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every entity the gazetteer knows, by canonical name.</summary>
    public static FrozenDictionary<string, Entity> ByName { get; } =
        Aliases.Values.Select(v => v.Entity).DistinctBy(e => e.Name).ToFrozenDictionary(e => e.Name, StringComparer.Ordinal);

    /// <summary>The entity an alias, name or demonym stands for, if any.</summary>
    public static bool TryResolve(ReadOnlySpan<char> alias, out Entity entity, out EntityMentionForm form)
    {
        if (AliasLookup.TryGetValue(alias, out var hit))
        {
            (entity, form) = hit;
            return true;
        }

        entity = null!;
        form = default;
        return false;
    }

    /// <summary>Finds entity mentions in <paramref name="tokens"/>, longest match first, left to right.</summary>
    public static void FindMentions(string text, List<Token> tokens, List<EntityMention> mentions)
    {
        Span<char> buffer = stackalloc char[128];
        var i = 0;
        while (i < tokens.Count)
        {
            if (tokens[i].Kind != TokenKind.Word || !char.IsUpper(text[tokens[i].Span.Start]))
            {
                i++;
                continue;
            }

            var matched = false;
            for (var count = Math.Min(MaxAliasTokens, tokens.Count - i); count >= 1; count--)
            {
                if (!TryJoin(text, tokens, i, count, buffer, out var length))
                {
                    continue;
                }

                if (AliasLookup.TryGetValue(buffer[..length], out var hit) && !IsShoutedAcronym(text, tokens, i, count))
                {
                    mentions.Add(new EntityMention(hit.Entity, i, count, hit.Form));
                    i += count;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                i++;
            }
        }
    }

    // "JOIN US ON TELEGRAM": a short all-capitals alias among all-capitals words is a shouted word, not an acronym.
    private static bool IsShoutedAcronym(string text, List<Token> tokens, int start, int count)
    {
        if (count != 1 || tokens[start].Span.Length > 3)
        {
            return false;
        }

        return IsShouted(text, tokens, start - 1) || IsShouted(text, tokens, start + 1);
    }

    private static bool IsShouted(string text, List<Token> tokens, int index)
    {
        if (index < 0 || index >= tokens.Count || tokens[index].Kind != TokenKind.Word || tokens[index].Span.Length < 2)
        {
            return false;
        }

        foreach (var c in tokens[index].Span.Slice(text))
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryJoin(string text, List<Token> tokens, int start, int count, Span<char> buffer, out int length)
    {
        length = 0;
        for (var t = start; t < start + count; t++)
        {
            var token = tokens[t];
            if (token.Kind is not (TokenKind.Word or TokenKind.Number) && !(token.Kind == TokenKind.Punctuation && text[token.Span.Start] == '-'))
            {
                return false;
            }

            var part = token.Span.Slice(text);
            var needsSpace = t > start && !token.IsJoined;
            if (length + part.Length + 1 > buffer.Length)
            {
                return false;
            }

            if (needsSpace)
            {
                buffer[length++] = ' ';
            }

            part.CopyTo(buffer[length..]);
            length += part.Length;
        }

        return true;
    }

    private static FrozenDictionary<string, (Entity, EntityMentionForm)> Build()
    {
        var map = new Dictionary<string, (Entity, EntityMentionForm)>(StringComparer.Ordinal);
        foreach (var row in CountryTable)
        {
            AddRow(map, row, EntityKind.Country);
        }

        foreach (var row in OrganizationTable)
        {
            AddRow(map, row, EntityKind.Organization);
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void AddRow(Dictionary<string, (Entity, EntityMentionForm)> map, string row, EntityKind kind)
    {
        var halves = row.Split(';');
        var names = halves[0].Split('|');
        var entity = new Entity(names[0], kind);
        foreach (var alias in names.AsSpan(1))
        {
            map.TryAdd(alias, (entity, EntityMentionForm.Name));
        }

        if (halves.Length > 1)
        {
            foreach (var demonym in halves[1].Split('|'))
            {
                map.TryAdd(demonym, (entity, EntityMentionForm.Demonym));
            }
        }
    }
}
