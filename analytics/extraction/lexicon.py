"""Trigger words of each rule family, in French, English, German and Spanish.

Each family is one compiled, case-insensitive pattern over word starts; the rules in
`investments`, `talent` and `vendors` combine them with entity positions and prepositions.
"""

from __future__ import annotations

import re


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")", re.IGNORECASE)


# --- investments -------------------------------------------------------------------------
INVEST = _rx(
    r"invest\w*", r"a investi",
    r"investiert\w*", r"investition\w*", r"beteiligt\w*", r"beteiligung\w*", r"steig\w* bei", r"eingestiegen",
    r"invierte\w*", r"invirti\w*", r"inversi[óo]n\w*", r"invertir\w*", r"inyect\w*", r"aport\w*",
    r"injecte\w*", r"mise de", r"(?:re)?met\w* .{0,40}? dans", r"vers\w* .{0,40}? dans", r"pump\w* .{0,40}? into",
    r"steck\w* .{0,40}? in", r"pumpt .{0,40}? in", r"inyect\w* .{0,40}? en", r"prend(?:re)? une participation", r"pris\w* une participation", r"prises? de participation", r"took a .{0,30}stake", r"takes? a .{0,30}stake",
    r"(?:buy|buys|bought|acquire[sd]?|purchase[sd]?) (?:a|an) .{0,30}(?:stake|shareholding)", r"prend\w* une participation",
    r"erw[iao]rb\w* .{0,30}(?:Anteil|Beteiligung)", r"[üu]bernimmt \d+ Prozent", r"compr\w+ .{0,30}participaci[óo]n",
    r"backs?\b", r"backed\b", r"backing\b", r"pour(?:s|ed|ing)? .{0,20} into", r"commit(?:s|ted|ment)\b",
    r"s'engage à investir", r"financ\w+", r"soutien\w* financ\w*",
)
FUND = _rx(
    r"back(?:s|ed|ing)?\b", r"fund(?:s|ed|ing)?\b", r"financ(?:e|es|ed|ing)\b", r"soutien(?:t|nent)?\b", r"a soutenu",
    r"financ[ée]\b", r"finanzier\w*", r"unterst[üu]tz\w*", r"respald\w+", r"financi[óo]\b", r"financia\b",
    r"put(?:s|ting)?\b(?=.{0,40}\binto\b)", r"put in\b", r"contribut(?:e|es|ed|ing)\b", r"a apport[ée]", r"apporte\b",
    r"aport[óa]\b", r"steuert\w*", r"plac(?:e|es|ed|ing)\b(?=.{0,40}\bin\b)",
)
RAISE = _rx(
    r"rais(?:e|es|ed|ing)\b", r"secur(?:e|es|ed|ing)\b", r"clos(?:e|es|ed|ing) (?:a|its|an)\b", r"land(?:s|ed)\b",
    r"l[èe]ve\w*", r"a lev[ée]", r"lev[ée]e?s?\b", r"lev[ée]e de fonds", r"boucl\w+", r"obtient", r"a obtenu", r"r[ée]colt\w+",
    r"tour de table", r"tour de financement", r"funding round", r"round\b", r"series [a-k]\b", r"s[ée]rie [a-k]\b",
    r"seed\b", r"amor[çc]age", r"sammel\w*", r"eingesammelt", r"finanzierungsrunde\w*", r"runde\b",
    r"erh[äa]lt", r"erhielt", r"eingeworben", r"einwerben", r"wirbt .{0,40}? ein\b", r"recaud\w+", r"capt\w+", r"ronda\w*", r"levant\w+", r"cierra\w*", r"cerr[óo]", r"cerrad[oa]",
)
#: "X leads the round": the lead is the subject, not the entity after the phrase
LEAD_ACTIVE = _rx(r"co-led the (?:round|financing|investment)", r"lead(?:s|ing)? the (?:round|financing|investment)", r"led the (?:round|financing|investment)",
                  r"(?:also )?led \w+['’]s .{0,30}?round",
                  r"m[èe]ne (?:le|la) (?:tour|s[ée]rie|lev[ée]e|op[ée]ration)", r"a men[ée] (?:le|la) (?:tour|s[ée]rie|lev[ée]e)", r"pilote le tour", r"f[üu]hrt die (?:runde|finanzierungsrunde) an",
                  r"lidera(?:ba)? la ronda", r"is leading the round")
LEAD = _rx(
    r"led by", r"\w+-led\b", r"lead(?:s|ing)? the (?:round|financing|investment)", r"led the (?:round|financing|investment)",
    r"m[èe]ne le tour", r"a men[ée] le tour", r"pilote le tour", r"f[üu]hrt die (?:runde|finanzierungsrunde) an",
    r"lidera(?:ba)? la ronda", r"angef[üu]hrt\b", r"lead investor", r"chef de file", r"Lead-Investor", r"inversor principal", r"co-led by", r"spearheaded by", r"headed by", r"men[ée]e? par", r"emmen[ée]e? par", r"pilot[ée]e? par",
    r"conduit(?:e)? par", r"codirig[ée]e? par", r"angef[üu]hrt von", r"unter (?:der )?f[üu]hrung (?:von|des|der)",
    r"liderad[ao] por", r"encabezad[ao] por", r"co-?liderad[ao] por", r"dirigid[ao] por",
)
PARTICIPANTS = _rx(
    r"with participation from", r"participation (?:from|of|de)", r"alongside", r"along with", r"joined by",
    r"investors? (?:include|included|including|such as)", r"backers? (?:include|included|including)",
    r"participants? (?:in the round )?(?:include|included)", r"(?:syndicate|group|consortium) (?:that )?includ\w+",
    r"aux c[ôo]t[ée]s (?:de|d')", r"avec la participation (?:de|d')", r"parmi lesquels", r"parmi les investisseurs",
    r"investisseurs? (?:comme|tels que|dont)", r"darunter", r"zu den investoren", r"Investoren wie", r"junto a", r"junto con",
    r"con la participaci[óo]n de", r"entre (?:ellos|los que|los inversores)", r"inversores (?:como|hist[óo]ricos|existentes)", r"se incorpora\w*",
    r"repit\w+", r"entran en el capital", r"entr[ée]\w* au capital", r"steig\w* .{0,20}ein", r"join(?:s|ed)? the round", r"with backing from",
    r"from investors", r"participaron", r"particip[ée]\w*", r"beteilig(?:en|ten) sich", r"ont particip[ée]",
    r"participated", r"took part", r"also invested", r"ont [ée]galement investi", r"(?:existing|bestehende|Bestands)"
    r"[- ]?investoren", r"existing investors", r"investisseurs historiques", r"inversores existentes", r"eingestiegen",
    r"stock\w* .{0,20}auf", r"r[ée]investi\w*", r"reinvest\w*",
)
VALUATION = _rx(
    r"valu(?:ed|ing|ation)\b", r"valorisa\w*", r"valoris\w+", r"valoris[ée]e?", r"valeur de", r"bewert\w*",
    r"valoraci[óo]n", r"valorad[ao]", r"valora\b", r"valorando", r"worth\b", r"pre-money", r"post-money",
)
STAKE = _rx(r"stake\b", r"participation\b", r"part\b", r"anteil\w*", r"beteiligung\w*", r"participaci[óo]n\b",
            r"equity\b", r"du capital", r"des capitals?", r"del capital")
NOT_INVESTMENT = _rx(
    r"in total\b", r"total\b", r"gesamt\w*", r"au total", r"en tout", r"insgesamt", r"en total\b", r"cumul\w*", r"so far", r"to date",
    r"jusqu'ici", r"bisher", r"hasta ahora", r"licen[cs]\w*", r"lizenz\w*", r"pay package", r"salaire", r"r[ée]mun[ée]ration",
    r"compensation", r"gehalt\w*", r"verg[üu]tung", r"salario", r"sueldo", r"revenue\b", r"chiffre d'affaires",
    r"umsatz", r"ingresos", r"fine\b", r"amende", r"bu[ßs]geld", r"multa\b", r"contrat\b", r"contract\b", r"vertrag",
    r"contrato", r"capex", r"data cent(?:er|re)s?", r"centres? de donn[ée]es", r"rechenzentr\w+", r"centros? de datos",
    r"acqui(?:re|sition|ert)\w*", r"rach[èeé]\w*", r"[üu]bernahme\w*", r"[üu]bernimmt", r"adquisici[óo]n", r"adquiri\w*",
    r"compra\b", r"to buy\b", r"racheter", r"bid\b", r"offre de rachat",
)
#: sentence-level signs that an amount sums several deals
CUMULATIVE = _rx(r"in total\b", r"au total", r"en tout", r"insgesamt", r"en total\b", r"combined\b", r"cumul\w*",
                 r"to date\b", r"so far\b", r"bring(?:s|ing)? (?:the|its) total", r"total (?:funding|raised)",
                 r"jusqu'ici", r"bisher", r"hasta ahora")
HEDGE = _rx(
    r"talks?\b", r"in discussions?", r"discussions?\b", r"n[ée]gociations?", r"pourparlers", r"gespr[äa]ch\w*",
    r"verhandl\w*", r"verhandelt\w*", r"conversaciones", r"negociaci\w+", r"negocia\b", r"consider(?:s|ed|ing)?\b", r"envisag\w+",
    r"erw[äa]g\w*", r"pr[üu]f\w*", r"estudia\w*", r"plan(?:s|ned|ning)? to", r"pr[ée]voit de", r"compte\b", r"plant\b",
    r"planea", r"could\b", r"might\b", r"(?-i:may)\b", r"pourrait", r"pourraient", r"k[öo]nnte\w*", r"podr[íi]a\w*",
    r"would\b", r"seeking", r"cherche [àa]", r"sucht\b", r"busca\b", r"aims? to", r"hopes? to", r"approach\w*",
    r"offered", r"offre\b", r"angebot\w*", r"oferta\w*", r"rumou?r\w*", r"rumeur\w*",
)
NEGATION = _rx(
    r"not\b", r"sans\b", r"without\b", r"ohne\b", r"(?-i:sin)\b", r"n't\b", r"never\b", r"denied", r"denies", r"d[ée]menti\w*", r"ne .{0,30} pas\b", r"n'a pas", r"n'ont pas",
    r"jamais", r"nicht\b", r"kein\w*", r"dementier\w*", r"no\b", r"nunca", r"neg[óo]\b", r"desminti\w*", r"failed",
    r"collapsed", r"fell through", r"[ée]chou\w*", r"gescheitert", r"fracas\w*", r"rejected", r"rejet\w*", r"declined",
    r"refus\w*", r"turned down", r"abgelehnt", r"rechaz\w*",
)

# --- talent ---------------------------------------------------------------------------------
HIRE = _rx(
    r"hir(?:e|es|ed|ing)\b", r"recruit\w*", r"poach\w*", r"tapp(?:ed|ing)?\b", r"taps\b", r"brought (?:on|in|over)",
    r"bring(?:s|ing)? (?:on|in|over)", r"lur(?:e|ed|es|ing)\b", r"snagged", r"joins?\b", r"joined", r"joining",
    r"moves? to\b", r"moved to\b", r"came to (?=(?-i:[A-Z]))", r"came over to\b", r"defect\w*", r"named .{0,40}(?:as|to)\b", r"(?:(?<=was )|(?<=has been )|(?<=were ))named\b(?= (?:[\w'’\-]+ ){0,4}?(?:chief|CEO|CTO|CFO|COO|president|head|"
    r"director|vice|VP|chair\w*|lead|general counsel)\b)(?![^.]{0,40}\bof the year\b)", r"appoint\w*",
    r"recrut\w+", r"embauch\w+", r"d[ée]bauch\w+", r"rejoin\w+", r"a rejoint", r"rejoignent", r"rejoign(?:ant|ait|aient|ons|ez|e)\b", r"arriv\w+ chez",
    r"nomm[ée]\w*", r"attir\w+", r"engag[ée]\w*", r"passe chez", r"pass[ée] chez",
    r"wechsel\w*", r"gewechselt", r"heuert\w*", r"angeheuert", r"holt\b", r"geholt", r"abgeworben", r"angeworben", r"gekommen\b", r"wirbt\b",
    r"rekrutiert\w*", r"eingestellt", r"stellt .{0,20} ein", r"schlie[ßs]t sich", r"kommt von", r"stö[ßs]t zu",
    r"fich(?!aje)\w+", r"contrat\w+", r"se llev[óa] a", r"se lleva a", r"ha incorporado", r"ficha a", r"incorpor\w+", r"se unen?\b", r"se ha(?:n)? (?:unido|incorporado|sumado)\b", r"se uni[óo]", r"se sum\w+", r"reclut\w+", r"se incorpora",
    r"se march\w+ a", r"llega\w* a(?!\s+\w+(?:ar|er|ir)\b)", r"lleg[óo] a(?!\s+\w+(?:ar|er|ir)\b)", r"acqui-?hire\w*", r"absorb\w*",
    # where someone works now, told after a departure: "Inzwischen arbeitet er für B", "now works at B"
    r"now works (?=at\b|for\b)", r"(?<=inzwischen )arbeitet\b", r"(?<=mittlerweile )arbeitet\b", r"(?<=jetzt )arbeitet\b",
    r"arbeitet (?=inzwischen|mittlerweile)", r"travaill\w+ (?:d[ée]sormais|aujourd'hui|maintenant) (?=pour|chez)",
    r"(?<=ahora )trabaja (?=para|en)", r"trabaja ahora (?=para|en)", r"(?<=desde entonces )trabaja (?=para|en)",
    r"(?<=actualmente )trabaja (?=para|en)",
    # appointments (like "named", "nommé"): "ha sido nombrado director de B", "fue designada consejera delegada de B"
    r"(?<=sido )nombrad[oa]s?\b", r"(?<=fue )nombrad[oa]\b", r"(?<=sido )designad[oa]s?\b", r"(?<=fue )designad[oa]\b",
)
LEAVE = _rx(
    r"left\b", r"leav(?:e|es|ing)\b(?! of absence)", r"quit(?:s|ting)?\b", r"depart\w*", r"exit\w*", r"stepp(?:ed|ing) down",
    r"steps down", r"resign\w*", r"walked out", r"exodus", r"split from",
    r"a quitt[ée]", r"quitt(?:e|é|ée|és|ées|ent|ait|aient|era|eront|ant)\b", r"d[ée]parts?\b", r"d[ée]partir", r"d[ée]part du", r"a d[ée]missionn[ée]", r"d[ée]mission\w*", r"claque la porte",
    r"s'en va", r"partent", r"est parti",
    r"verl[äa]sst", r"verlie[ßs]\w*", r"verlassen", r"abgang", r"abschied", r"geht\b", r"ging\b", r"ausgestiegen",
    r"(?<!um )(?<!es )gegangen\b", r"hingeworfen", r"wirft\w* .{0,20}hin\b", r"warf\w* .{0,20}hin\b", r"R[üu]ckzug\b",
    r"(?<=, )parti(?:e|s|es)? (?=de |d['’]|chez )", r"(?:seinen|ihren) Posten (?:ge)?r[äa]um\w*", r"r[äa]umt\w* (?:seinen|ihren) Posten",
    r"dej[óo] (?:su|el) (?:cargo|puesto)", r"dimit(?:e|en|i[óo]|ieron|ido|ir)\b", r"claqu\w+ la porte(?: de| d['’])?",
    r"se march(?:a|ó|o|aron|an|ado) de\b", r"tritt\w* .{0,40}?zur[üu]ck\b", r"trat\w* .{0,40}?zur[üu]ck\b", r"zur[üu]ckgetreten", r"renunci[óo] a su (?:cargo|puesto)", r"(?<=, )gone from\b",
    r"quitterai(?:t|ent)\b(?![^.]{0,60}\bsi\b)",
    # a list of people let go: "Entre los despedidos figura X", "Parmi les licenciés figure X", "Among those laid off is X"
    r"(?<=entre los )despedidos\b", r"(?<=parmi les )licenci[ée]s\b", r"(?<=among those )laid off\b",
    r"(?<=unter den )Entlassenen\b",  # the French reporting conditional: "quitterait Apple pour rejoindre Meta, selon Bloomberg"
    r"scheidet .{0,20}aus", r"schied\w* .{0,30}aus",
    r"dej[óo]\b(?! claro)", r"deja\b(?! claro)", r"dejad[oa]s?\b(?! claro)", r"dejaron\b(?! claro)", r"dejar\b(?! de\b| claro)", r"abandon\w+", r"sal(?:e|i[óo]|ida)\b", r"se va\b", r"se fue", r"march[óo]", r"renunci\w+",
)
FOUND = _rx(r"found(?:ed|ing)?\b", r"co-?found(?:ed|ing)?\b", r"start(?:ed)? (?:his|her|their|a) (?:own )?",
            r"launch(?:ed)? (?:his|her|their)", r"fond(?:er|é|ée|ent|é\w*)\b", r"cr[ée]er\b", r"a cr[ée][ée]",
            r"gr[üu]nd\w*", r"(?:mit)?gegr[üu]ndet\b", r"fund(?:ar|[óo]|aron)\b",
            # launch verbs: a founding only right after leaving ("quitte A et lance B"), see talent.WEAK_FOUNDING
            r"lan[cç](?:e|ent|ait|aient|era)\b", r"a lanc[ée]", r"launch(?:es|ed)?\b(?! (?:his|her|their))",
            r"lanz(?:a|ó|o|aron)\b", r"startet\b")
FORMER = _rx(r"former\b", r"ex-", r"ancien\w*", r"ehemalig\w*", r"fr[üu]her\w*", r"ex\b", r"antiguo\w*", r"antigua\w*",
             r"previously", r"auparavant", r"zuvor", r"anteriormente", r"veteran\b", r"v[ée]t[ée]ran\b", r"alumn\w*")

# --- vendors ---------------------------------------------------------------------------------
PREFER = _rx(
    r"se al[íi]a\w* con", r"s'allie\w* (?:avec|[àa])", r"all(?:y|ies|ied) with", r"teams? up with", r"teamed up with",
    r"s'associe\w* (?:avec|[àa])", r"verb[üu]nde\w* sich mit", r"tut sich mit", r"(?:faire )?tourn\w+ (?:\w+ ){0,5}sur",
    r"(?:makes?|made|fait|hace|macht) .{0,40}?(?:its|their|son|sa|leur|su|seinen|zum) (?:\w+ ){0,3}(?:partner|provider|supplier|"
    r"partenaire|fournisseur|proveedor|socio|Partner|Anbieter)",
    r"opt(?:s|ed|ing)? for", r"tap(?:s|ped|ping)?\b", r"went with", r"go(?:es|ing)? with", r"migrat\w* (?:to|vers|a|zu)", r"mov(?:e|es|ed|ing) to",
    r"fai\w* appel [àa]", r"a retenu", r"retient", r"greif\w* .{0,30}? auf", r"provider is", r"fournisseur est",
    r"fill\w* .{0,40}? with", r"serv(?:es|ed|ing)? .{0,40}? from", r"host(?:s|ed|ing)? .{0,30}? on",
    r"buy(?:s|ing)? .{0,40}? (?:of|from)", r"ach[èe]t\w* .{0,40}? (?:de|à|chez)", r"kauf\w* .{0,40}? (?:von|bei)",
    r"compr\w+ .{0,40}? (?:de|a)\b",
    r"basier\w* auf", r"bas[ée]e?s? sur", r"based on", r"basad[oa]s? en", r"entra[îi]n\w+ (?:\w+ ){0,2}sur",
    r"train\w* (?:\w+ ){0,3}on", r"trainier\w* (?:\w+ ){0,2}auf", r"entren\w+ (?:\w+ ){0,2}(?:en|con)",
    r"us(?:e|es|ed|ing)\b", r"sign(?:s|ed|ing)? .{0,60}?(?:contract|deal|agreement) .{0,40}?with",
    r"(?:contract|deal|agreement|partnership) with", r"contrat .{0,40}?avec", r"accord .{0,40}?avec",
    r"Vertrag .{0,40}?mit", r"(?:acuerdo|contrato) .{0,40}?con", r"buil(?:d|ds|t) .{0,40}? into", r"relied on",
    r"rel(?:y|ies) (?:increasingly |heavily |largely )?on", r"rel(?:y|ies|ied|ying) (?:on|heavily on)", r"chose\b", r"choos(?:e|es|ing)\b", r"chosen",
    r"select(?:s|ed)?\b", r"pick(?:s|ed)?\b", r"switch(?:es|ed|ing)? to", r"turn(?:s|ed)? to", r"favou?r(?:s|ed)?\b",
    r"prefer(?:s|red)?\b", r"work(?:s|ed|ing)? with", r"partner(?:s|ed|ing)? with", r"signed (?:on )?with",
    r"tapp(?:ed|ing)? .{0,20} for", r"buy(?:s|ing)? .{0,30} from", r"bought .{0,30} from", r"runs? on\b", r"built on",
    r"builds? on", r"trains? on", r"trained on", r"training on", r"depends? on", r"adopt\w*", r"deploy\w*", r"integrat\w*",
    r"clients? include", r"customers? include", r"among (?:its|their) (?:clients|customers)", r"as (?:a )?customers?",
    r"a client of", r"a customer of", r"hosted on", r"brings? .{0,40} into", r"added .{0,40} to", r"adds .{0,40} to",
    r"utilis\w+", r"s'appui\w+ sur", r"s'appuyer sur", r"choisi\w*", r"a opt[ée] pour", r"opt\w+ pour", r"pr[ée]f[èe]r\w+",
    r"favoris\w+", r"collabor\w+ avec", r"travaill\w+ avec", r"recour\w+ [àa]", r"se tourn\w+ vers", r"bascul\w+ vers",
    r"s'[ée]quip\w+", r"mise sur", r"misent sur", r"parmi (?:ses|les) clients", r"compte parmi ses clients", r"h[ée]berg\w+",
    r"entra[îi]n\w+ sur", r"int[èeé]gr\w+",
    r"nutz\w*", r"setzt\w* auf", r"gesetzt", r"entschied\w* sich f[üu]r", r"entscheidet sich f[üu]r", r"w[äa]hlt\w*",
    r"arbeitet\w* mit", r"kooperiert", r"zu den kunden", r"kunden (?:wie|sind|z[äa]hlen)", r"verwendet", r"baut auf",
    r"trainiert\w* auf", r"bezieht", r"statt\b", r"einsetz\w*", r"setzt .{0,30} ein",
    r"usa\b", r"usan\b", r"utiliz\w+", r"emplea\w*", r"eligi\w+", r"elige\w*", r"escogi\w+", r"apuest\w+ por",
    r"conf[íi]a\w* en", r"colabor\w+ con", r"trabaj\w+ con", r"recurr\w+ a", r"entre sus clientes", r"clientes como",
    r"se apoya\w* en", r"opt[óo] por", r"desplieg\w+", r"implant\w+", r"licencias? de", r"licences? de",
)
AVOID = _rx(
    r"dropp(?:ed|ing)?\b", r"drops\b", r"cut(?:s|ting)? ties", r"paus(?:e|es|ed|ing)\b", r"wound down", r"wind(?:s|ing)? down",
    r"halt(?:s|ed)?\b", r"stopp(?:ed|ing)? (?:working|using)", r"stops? (?:working|using)", r"end(?:s|ed|ing)? (?:its|their|the) (?:\w+ )?(?:work|relationship|contract|agreement|partnership|deal|collaboration)",
    r"moved away from", r"moving away from", r"mov(?:e|es|ed|ing) .{0,50}? away from", r"distanc\w+ (?:itself|themselves) from",
    r"prenn?\w* (?:leurs|ses|sa) distances? avec", r"met\w* (?:\w+ )?fin [àa]", r"r[ée]dui\w* (?:sa|leur) collaboration avec",
    r"f[äa]hrt .{0,40}zur[üu]ck", r"auslaufen", r"retir\w+ (?:sus|su) \w+ de", r"reduc\w+ (?:su|sus) colaboraci[óo]n con",
    r"pull(?:s|ed|ing)? back from", r"pull(?:s|ed|ing)? (?:back|away) from", r"step(?:s|ped)? back from",
    r"complain\w*", r"ditch\w*", r"quality (?:issues|problems|concerns)", r"pointant du doigt", r"pointing to",
    r"probl[èe]mes? de qualit[ée]", r"qualit[äa]tsprobleme\w*", r"problemas de calidad", r"criticiz\w*", r"abandon\w*", r"rather than", r"instead of", r"phas(?:e|es|ed|ing) out", r"sever\w*",
    r"a cess[ée]", r"cess\w+ de travailler", r"rompu\w*", r"romp\w+ avec", r"s'[ée]loign\w+", r"suspend\w*",
    r"mis fin", r"met fin", r"mettre fin", r"se d[ée]tourn\w+", r"plutôt que", r"au lieu de", r"d[ée]laiss\w+", r"lâch\w+",
    r"se retir\w+", r"se plaint", r"critiqu\w+", r"tourn\w+ le dos",
    r"beende\w*", r"stopp\w*", r"k[üu]ndig\w*", r"r[üu]ckt\w* ab", r"abgewandt", r"wendet sich ab", r"zieht sich .{0,20}zur[üu]ck",
    r"zur[üu]ckgezogen", r"pausier\w*", r"setzt .{0,30} aus", r"statt der", r"anstelle", r"anstatt",
    r"rompi\w+", r"romp\w+ con", r"suspendi\w+", r"dej\w+ de (?:trabajar|usar)", r"se alej\w+", r"abandon\w+",
    r"en lugar de", r"en vez de", r"puso fin", r"pone fin", r"se retir\w+",
)
#: the vendor is the subject and the customer follows: "Azure supplies OpenAI's compute", "AWS powers Anthropic"
SUPPLY = _rx(r"suppl(?:y|ies|ied)\b", r"provid(?:e|es|ed)\b(?! by)", r"power(?:s|ed)\b", r"fourni(?:t|ssent|ra)\b",
             r"alimente\w*", r"[ée]quipe\w*", r"liefer\w*", r"beliefer\w*", r"suministr\w+", r"prove[ée]\w*", r"abastece\w*")
REASONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("data quality", _rx(r"(?:data|donn[ée]es|daten|datos)\W+(?:\w+\W+){0,3}(?:quality|qualit[ée]|qualit[äa]t|calidad)",
                         r"(?:quality|qualit[ée]|qualit[äa]t|calidad)\W+(?:\w+\W+){0,3}(?:data|donn[ée]es|daten|datos)",
                         r"datenqualit[äa]t")),
    ("conflict of interest", _rx(r"conflict\w* of interest", r"conflit\w* d'int[ée]r[êe]ts?", r"interessenkonflikt\w*",
                                 r"conflicto\w* de inter[ée]s", r"neutral\w*", r"competitor\w*", r"rival\w*")),
    ("cost", _rx(r"cost\w*", r"price\w*", r"pricing", r"cheaper", r"co[ûu]t\w*", r"prix\b", r"moins cher",
                 r"kosten\w*", r"preis\w*", r"g[üu]nstig\w*", r"coste\w*", r"costo\w*", r"precio\w*", r"m[áa]s barat\w*")),
    ("capacity", _rx(r"capacit\w*", r"compute\b", r"computing power", r"puissance de calcul", r"kapazit[äa]t\w*",
                     r"rechenleistung", r"capacidad\w*", r"potencia de c[áa]lculo", r"shortage", r"p[ée]nurie")),
    ("model performance", _rx(r"performan\w+", r"leistungsf[äa]hig\w*", r"rendimiento", r"better models?", r"meilleurs? mod[èe]les?",
                              r"best models?")),
    ("quality", _rx(r"quality", r"qualit[ée]", r"qualit[äa]t", r"calidad")),
    ("security", _rx(r"security", r"s[ée]curit[ée]", r"sicherheit", r"seguridad", r"privacy", r"confidentialit[ée]",
                     r"datenschutz", r"privacidad", r"sovereign\w*", r"souverainet[ée]", r"souver[äa]nit[äa]t", r"soberan[íi]a")),
)

# --- prepositions that give an entity its role after a trigger ------------------------------------
PREP_TARGET = re.compile(r"(?:\bin|\binto|\bdans|\ben|\bau sein de|\bbei|\ban|\ben la|\ben el|\bdans la|\bdans le)\s*$",
                         re.IGNORECASE)
PREP_TARGET_OR_TO = re.compile(r"(?:\bin|\binto|\bdans|\ben|\bto|\bà|\bau|\ban|\bzu|\ba)\s*$", re.IGNORECASE)
PREP_FROM = re.compile(r"(?:\bfrom|\bde chez|\bvenu\w* de|\bvenant de|\ben provenance d[e']|\bissu\w* de|\bauprès de|"
                       r"\bchez|\bde|\bd'|\bdu|\bdes|\bvon|\bbei|\bdel?|\bdesde|\bprocedente\w* de|\bformerly of|"
                       r"\bof)\s*$", re.IGNORECASE)
PREP_TO = re.compile(r"(?:\bto|\bfor|\bat|\bjoin\w*|\bpour|\bchez|\bvers|\bau|\baux|\bà|\bzu|\bzum|\bzur|\bnach|\bbei|\ba|\bal|"
                     r"\bpara|\ben|\brejoindre|\bunirse a)\s*$", re.IGNORECASE)
PREP_AGENT = re.compile(r"(?:\bby|\bpar|\bvon|\bpor|\bfrom)\s*$", re.IGNORECASE)
