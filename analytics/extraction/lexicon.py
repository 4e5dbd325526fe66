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
    r"invest(?!ig)\w*", r"a investi",
    r"investiert\w*", r"investition\w*", r"beteiligt\w*", r"beteiligung\w*", r"steig\w* (?:.{0,40}? )?bei", r"eingestiegen",
    r"invierte\w*", r"invirti\w*", r"inversi[óo]n\w*", r"invertir\w*", r"inyect\w*", r"aport\w*",
    r"injecte\w*", r"mise de", r"(?:re)?met(?:s|tent|tre|tra|tront|tait|taient)? .{0,40}? dans", r"vers\w* .{0,40}? dans", r"pump\w* .{0,40}? into",
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
    r"tour de table", r"tour de financement", r"(?:premier|dernier|nouveau|pr[ée]c[ée]dent) tour\b", r"tour d'amor[çc]age", r"funding round", r"round\b", r"series [a-k]\b", r"s[ée]rie [a-k]\b",
    r"seed\b", r"amor[çc]age", r"sammel\w*", r"eingesammelt", r"finanzierungsrunde\w*", r"runde\b",
    r"erh[äa]lt", r"erhielt", r"eingeworben", r"einwerben", r"wirbt .{0,40}? ein\b", r"recaud\w+", r"capt\w+", r"ronda\w*", r"levant\w+", r"cierra\w*", r"cerr[óo]", r"cerrad[oa]",
)
#: plain nouns for a company, in four languages ("the company", "la société", "das Unternehmen", "la compañía"):
#: the talent rules read them as the company just named or the article's
COMPANY_WORDS = (r"(?:company|start-?up|firm|lab|group|entreprise|soci[ée]t[ée]|jeune pousse|maison|groupe|empresa|"
                 r"compa[ñn][íi]a|firma|grupo|Unternehmen|Firma|Konzern|Labor)")
#: money flowing into a company, the amount as subject: "In der Serie C fließen 120 Millionen Dollar in die Firma"
FLOW = _rx(r"flie[ßs]\w*", r"flo[ßs]\w*", r"flow(?:s|ed|ing)? (?:in)?to\b", r"afflu\w+", r"flu(?:yen|y[óo]|ir[áa]n?)\b")
#: a stake already held: "OpenAI en détenait déjà 23 %", "already owns 49% of", "hielt bereits 20 Prozent an"
STAKE_HELD = _rx(r"d[ée]t(?:ien|en)\w*", r"poss[èeé]d\w*", r"held\b", r"holds?\b", r"owns?\b", r"owned\b", r"h[äa]lt\b",
                 r"hielt\b", r"besitzt\b", r"besa[ßs]\b", r"posee\b", r"pose[íi]a\b")
#: an earlier tranche of the investment just told: "aux 4 milliards déjà investis à partir de septembre 2023"
EARLIER_TRANCHE = _rx(r"d[ée]j[àa] (?:investi|inject[ée]|vers[ée])\w*", r"already (?:invested|committed|put in)",
                      r"(?:bereits|schon) (?:investiert|geflossen|eingezahlt)\w*", r"ya (?:invertid|inyectad|aportad)\w*",
                      r"(?:first|initial|earlier) (?:tranche|installment|instalment)", r"premi[èe]re tranche",
                      r"erste[nr]? (?:Tranche|Rate)", r"primer tramo", r"primera (?:tranche|fase)")
#: backers taking part in a round: "hatten sich an der Runde beteiligt", "participated in the round"
TOOK_PART = _rx(r"beteiligt\b", r"beteiligten sich", r"participated in", r"took part in", r"joined (?:the|a|an)\b",
                r"particip[ée]\w* (?:à|au)\b", r"particip(?:[óo]|aron) en")
#: a backer's share of a round already told: "will supply the bulk of it: $30 billion"
SHARE_OF_ROUND = _rx(r"suppl(?:y|ies|ied|ying) (?:the bulk|most|the majority|part|half)", r"provid\w* (?:the bulk|most|half)",
                     r"fourni\w* (?:l'essentiel|la majeure partie|la moiti[ée])", r"apport\w* (?:l'essentiel|la majeure partie)",
                     r"aport\w* (?:la mayor parte|el grueso|la mitad)", r"(?:steuert|stellt|tr[äa]gt) (?:\w+ )?(?:den Gro[ßs]teil|die H[äa]lfte)")
#: words that make a following list one of customers, not of backers ("clientes, entre ellos A, B")
CLIENTS = _rx(r"clients?\b", r"clientes?\b", r"customers?\b", r"kunden\w*", r"usuarios\b", r"users\b",
              r"utilisateurs\b", r"nutzer\b")
#: "X leads the round": the lead is the subject, not the entity after the phrase
LEAD_ACTIVE = _rx(r"co-led the (?:round|financing|investment)", r"lead(?:s|ing)? the (?:round|financing|investment)", r"led the (?:round|financing|investment)",
                  r"(?:also )?led \w+['’]s .{0,30}?round",
                  r"m[èe]ne (?:le|la) (?:tour|s[ée]rie|lev[ée]e|op[ée]ration)", r"a men[ée] (?:le|la) (?:tour|s[ée]rie|lev[ée]e)", r"pilote le tour", r"f[üu]hrt die (?:runde|finanzierungsrunde) an",
                  r"lidera(?:ba)? la ronda", r"is leading the round",
                  # the lead of an earlier round, its company known from context: "X hatte eine Runde über N angeführt"
                  r"(?:hat|hatte|haben|hatten) (?:\w+ ){0,3}(?:eine|die) (?:\S+ )?(?:Finanzierungs)?runde .{0,50}?angef[üu]hrt",
                  r"led (?:an? |its |the )?(?:earlier |previous |first |\$[\d.,]+ \w+ )*(?:round|series [a-k])",
                  r"(?:avait|a) men[ée] (?:un|le|son) (?:premier |pr[ée]c[ée]dent )?tour",
                  r"lider[óa] (?:una|la|su) (?:primera |anterior )?ronda")
LEAD = _rx(
    r"led by", r"\w+-led\b", r"lead(?:s|ing)? the (?:round|financing|investment)", r"led the (?:round|financing|investment)",
    r"m[èe]ne le tour", r"a men[ée] le tour", r"pilote le tour", r"f[üu]hrt die (?:runde|finanzierungsrunde) an",
    r"lidera(?:ba)? la ronda", r"angef[üu]hrt\b", r"lead investor", r"chef de file", r"Lead-Investor", r"inversor principal", r"co-led by", r"spearheaded by", r"headed by", r"men[ée]e? par", r"emmen[ée]e? par", r"pilot[ée]e? par",
    r"conduit(?:e)? par", r"codirig[ée]e? par", r"angef[üu]hrt von", r"unter (?:der )?f[üu]hrung (?:von|des|der)",
    r"liderad[ao] por", r"encabezad[ao] por", r"co-?liderad[ao] por", r"dirigid[ao] por",
    # verb-final relative: "eine Runde, die damals Altimeter anführte" (the lead stands before the verb)
    r"anf[üu]hrten?\b",
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
    r"participated", r"took part", r"also invested", r"ont [ée]galement investi", r"a (?:[ée]galement|aussi) investi",
    r"beteiligte sich", r"investierte\w* (?:ebenfalls|auch)", r"invirti(?:[óo]|eron) tambi[ée]n", r"tambi[ée]n invirti\w+", r"(?:existing|bestehende|Bestands)"
    r"[- ]?investoren", r"existing investors", r"investisseurs historiques", r"inversores existentes", r"eingestiegen",
    r"stock\w* .{0,20}auf", r"r[ée]investi\w*", r"reinvest\w*",
    r"parmi les (?:participants|bailleurs|actionnaires)", r"among the (?:participants|investors|backers)",
    r"entre los (?:participantes|inversores|accionistas)", r"unter den (?:Investoren|Geldgebern|Teilnehmern)",
    r"figurent (?:notamment|[ée]galement|aussi)", r"(?:waren|war|sind|ist) (?:auch |ebenfalls )?dabei", r"beteiligt (?:sind|waren)", r"neu dabei", r"(?:re)?m(?:is|et\w*) au pot",
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
    # a commitment to spend on a supplier's services is a purchase, not an investment
    r"(?:to )?purchase\b", r"(?:to )?spend\b", r"d[ée]penser\b", r"ausgeben\b", r"auszugeben\b", r"gastar\b",
    r"services\b", r"Dienste\w*", r"servicios\b", r"capacit[ée] de calcul", r"computing capacity", r"compute capacity",
    r"Rechenkapazit[äa]t\w*", r"capacidad de computaci[óo]n",
)
#: sentence-level signs that an amount sums several deals
CUMULATIVE = _rx(r"in total\b", r"au total", r"en tout", r"insgesamt", r"en total\b", r"combined\b", r"cumul\w*",
                 r"to date\b", r"so far\b", r"bring(?:s|ing)? (?:the|its) total", r"total (?:funding|raised)",
                 r"jusqu'ici", r"bisher", r"hasta ahora")
HEDGE = _rx(
    r"talks?\b", r"in discussions?", r"discussions?\b", r"n[ée]gociations?", r"pourparlers", r"gespr[äa]ch\w*",
    r"verhandl\w*", r"verhandelt\w*", r"conversaciones", r"negociaci\w+", r"negocia\b", r"consider(?:s|ed|ing)?\b", r"envisag\w+",
    r"erw[äa]g\w*", r"pr[üu]f\w*", r"weigh(?:s|ing)\b", r"sopes\w+", r"r[ée]fl[ée]chi\w* [àa]\b", r"estudia\w*", r"plan(?:s|ned|ning)? to", r"pr[ée]voit de", r"compte\b", r"plant\b",
    r"planea", r"could\b", r"might\b", r"(?-i:may)\b", r"pourrait", r"pourraient", r"k[öo]nnte\w*", r"podr[íi]a\w*",
    r"would\b", r"seeking", r"cherch(?:e|ent|ait|aient|erait|eraient|ant)\b(?: \w+){0,2} à", r"sucht\b", r"busca\b", r"aims? to", r"hopes? to", r"approach\w*",
    r"offered", r"offre\b", r"angebot\w*", r"oferta\w*", r"rumou?r\w*", r"rumeur\w*",
    r"prochain\w* tour", r"next (?:funding )?round", r"n[äa]chste\w* (?:Finanzierungs)?runde", r"pr[óo]xima ronda",
    r"explor\w+", r"sondie\w+", r"tantea\w*", r"discut\w+", r"discuss\w+", r"diskutier\w*", r"aurai(?:t|ent)\b", r"en vue d", r"habr[íi]a\w*",
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
#: words between a move verb and its goal, none of them the source ("migre ses données de X vers Y"; a partitive
#: "une partie de ses calculs" is no source)
_NOT_FROM = r"(?:(?!(?:from|von|vom|desde)\b|(?:de|des|du|del|d['’])\s*(?-i:[A-ZÀ-Ý]))[\w'’-]+ )"
#: what a customer builds or runs on a supplier: "builds products on", "running workloads on", "ejecutará sus
#: próximos modelos sobre"
_THINGS = (r"(?:(?:(?:its|their|the|our|some|most|all|part of|ses|leurs|les|des|une partie de|seine|ihre|die|sus|los|las|"
           r"parte de) )?(?:[\w-]+ ){0,2}?(?:workloads?|models?|training|inference|services?|apps?|applications?|"
           r"products?|software|platforms?|systems?|tools?|assistants?|chatbots?|mod[èe]les?|produits?|logiciels?|"
           r"plateformes?|syst[èe]mes?|outils?|assistants?|calculs?|traitements?|Modelle|Produkte|Anwendungen|Dienste|"
           r"Plattform\w*|Systeme|Software|Assistenten|modelos?|productos?|aplicaciones|servicios|plataformas?|"
           r"sistemas|herramientas|asistentes?|cargas de trabajo) (?:[\w-]+ ){0,2}?"
           # or anything the customer owns: "runs its search engine on", "fait tourner son moteur sur"
           r"|(?:its|their|ses|sa|son|leurs?|seine[nrs]?|ihre[nrs]?|sus?) (?:[\w-]+ ){1,3}?)")
PREFER = _rx(
    r"se al[íi]a\w* con", r"s'allie\w* (?:avec|[àa])", r"all(?:y|ies|ied) with", r"teams? up with", r"teamed up with",
    r"s'associe\w* (?:avec|[àa])", r"verb[üu]nde\w* sich mit", r"tut sich mit", r"(?:faire )?tourn\w+ (?:\w+ ){0,5}sur",
    r"(?:makes?|made|fait|hace|macht) .{0,40}?(?:its|their|son|sa|leur|su|seinen|zum) (?:\w+ ){0,3}(?:partner|provider|supplier|"
    r"partenaire|fournisseur|proveedor|socio|Partner|Anbieter)",
    r"opt(?:s|ed|ing)? for", r"tap(?:s|ped|ping)?\b", r"went with", r"go(?:es|ing)? with", r"migrat\w* (?:to|vers|a|zu)", r"mov(?:e|es|ed|ing) to",
    r"mov(?:e|es|ed|ing) (?:(?:some|part|most|all|much|many) of )?(?:(?:its|their|the) )?(?:\w+ ){0,2}(?:workloads?|"
    r"models?|training|inference|compute|infrastructure|data|business) to",
    rf"transf[èeé]r\w* {_NOT_FROM}{{1,6}}vers", rf"migr\w* {_NOT_FROM}{{1,6}}(?:vers|a|hacia)\b",
    rf"verlager\w* {_NOT_FROM}{{1,5}}(?:zu|auf)\b", rf"traslad\w* {_NOT_FROM}{{1,6}}(?:a|hacia)\b",
    r"fai\w* appel [àa]", r"(?:a|ont|avait|avaient) (?:\w+ )?retenu", r"retient", r"greif\w* (?:.{0,30}? )?auf", r"provider is", r"fournisseur est",
    r"fill\w* .{0,40}? with", r"serv(?:es|ed|ing)? .{0,40}? from", r"host(?:s|ed|ing)? .{0,30}? on",
    r"buy(?:s|ing)? .{0,40}? (?:of|from)", r"ach[èe]t\w* .{0,40}? (?:de|à|chez)", r"kauf\w* .{0,40}? (?:von|bei)",
    r"compr\w+ .{0,40}? (?:de|a)\b",
    r"rent(?:s|ed|ing)? .{0,60}? from", r"leas(?:e|es|ed|ing) .{0,60}? from", r"lou(?:e|ent|era|ait|[ée]) .{0,60}? (?:[àa]|aupr[èe]s d[e'’])",
    r"miete\w* .{0,60}? (?:bei|von)", r"alquil\w+ .{0,60}? (?:a|de)\b",
    # German verb-final and separable verbs, the vendor inside: "der auf … von Nvidia basiert",
    # "hat sich … für OpenAI entschieden", "setzt damit … auf", "arbeitet seit Jahren mit … zusammen"
    r"auf\b.{0,70}?\bbasier(?:t|en|te|ten)\b", r"sich (?:[\w-]+ ){0,3}f[üu]r .{0,50}?entschieden",
    r"setz\w* (?:[\w-]+ ){1,6}?auf\b", r"arbeite\w* (?:[\w-]+ ){1,5}?mit\b", r"vertrau\w* (?:[\w-]+ ){0,4}?auf\b",
    rf"(?:stell|steig)\w* {_NOT_FROM}{{0,5}}?auf\b(?=[^,.;]{{0,60}}\bum\b)", rf"wechsel\w* {_NOT_FROM}{{0,3}}?zu\b",
    r"fai\w* confiance [àa]",
    r"(?:dependence|dependency|reliance) on", r"d[ée]pendance (?:\w+ ){0,2}(?:[àa]|envers|vis-[àa]-vis)",
    r"Abh[äa]ngigkeit von", r"dependencia (?:\w+ ){0,2}de",
    r"basier\w* auf", r"bas[ée]e?s? sur", r"based on", r"basad[oa]s? en", r"entra[îi]n\w+ (?:\w+ ){0,2}sur",
    r"train\w* (?:[\w-]+ ){0,4}on", r"trainier\w* (?:\w+ ){0,2}auf", r"entren\w+ (?:\w+ ){0,2}(?:en|con)",
    r"us(?:e|es|ed|ing)\b", r"sign(?:s|ed|ing)? .{0,60}?(?:contract|deal|agreement) .{0,40}?with",
    r"(?:contract|deal|agreement|partnership|pact) with", r"(?:contrat|pacte) .{0,40}?avec", r"accord .{0,40}?avec",
    r"(?:Vertrag|Pakt) .{0,40}?mit", r"(?:acuerdo|contrato|pacto) .{0,40}?con", r"buil(?:d|ds|t) .{0,40}? into", r"relied on",
    r"rel(?:y|ies) (?:increasingly |heavily |largely )?on", r"rel(?:y|ies|ied|ying) (?:on|heavily on)", r"chose\b", r"choos(?:e|es|ing)\b", r"chosen",
    r"select(?:s|ed)?\b", r"s[ée]lectionn\w+", r"seleccion\w+", r"standardi[sz]\w* (?:on|sur)\b", r"pick(?:s|ed)?\b", r"switch(?:es|ed|ing)? to", r"turn(?:s|ed)? to", r"favou?r(?:s|ed)?\b",
    r"prefer(?:s|red)?\b", r"work(?:s|ed|ing)? (?:(?:already|closely|also|d[ée]j[àa]|[ée]troitement|aussi|ya|estrechamente|tambi[ée]n) )?with", r"partner(?:s|ed|ing)? with", r"signed (?:on )?with",
    r"tapp(?:ed|ing)? .{0,20} for", r"buy(?:s|ing)? .{0,30} from", r"bought .{0,30} from", r"runs? on\b", r"built on",
    r"builds? on",
    # building or running on a supplier's models, chips or cloud: "builds products on", "running workloads on",
    # "fait tourner ses modèles sur", "betreibt … auf", "ejecuta … sobre"
    rf"buil(?:d|ds|t|ding) {_THINGS}on\b", rf"run(?:s|ning)? {_THINGS}on\b", rf"ran {_THINGS}on\b",
    rf"construi\w+ {_THINGS}sur\b", rf"d[ée]velopp\w+ {_THINGS}sur\b", rf"betreib\w* {_THINGS}auf\b",
    rf"entwickel\w* {_THINGS}auf\b", rf"ejecut\w+ {_THINGS}(?:sobre|en)\b", rf"constru\w+ {_THINGS}sobre\b",
    rf"entrena\w* {_THINGS}sobre\b",
    # signing with a supplier: "a signé avec Mistral AI un contrat", "firmó con Microsoft un acuerdo",
    # "hat mit Aleph Alpha einen Vertrag unterzeichnet"
    r"sign[ée]\w* (?:[\w-]+ ){0,2}?avec", r"firm(?:a|[óo]|aron|ado|an) (?:[\w-]+ ){0,2}?con\b",
    r"mit\b.{0,60}?(?:Vertrag|Vereinbarung|Abkommen|Partnerschaft)\w* (?:unterzeichnet|geschlossen|abgeschlossen|unterschrieben)",
    # equipping one's own things with a supplier's: "équipe ses voitures de ChatGPT", "equips its fleet with"
    r"[ée]quip\w* (?:ses|sa|son|leurs?) (?:[\w-]+ ){0,3}?(?:de|d['’]|avec)", r"equip(?:s|ped|ping)? (?:its|their) (?:[\w-]+ ){0,3}?with",
    r"equip\w+ (?:sus?) (?:[\w-]+ ){0,3}?con", r"stattet (?:seine|ihre) (?:[\w-]+ ){0,3}?mit",
    # partnership nouns: "a noué un partenariat avec", "eine Partnerschaft mit", "una alianza con"
    r"partenariat (?:[\w-]+ ){0,3}?avec", r"Partnerschaft (?:[\w-]+ ){0,3}?mit", r"(?:alianza|asociaci[óo]n) (?:[\w-]+ ){0,3}?con",
    # entrusting work to a supplier: "a confié à Capgemini", "encarga a OpenAI", "entrusted Google with"
    r"confi(?:e|ent|ait|era|[ée]e?s?) (?:[\w'’-]+ ){0,4}?(?:[àa]|aux?)\b", r"a confi[ée] (?:[\w'’-]+ ){0,4}?(?:[àa]|aux?)\b",
    r"encarg\w* (?:[\w-]+ ){0,3}?a\b", r"entrust\w*",
    # building something together with a supplier: "baut mit Nvidia eine KI-Fabrik", "builds a data center with"
    r"buil(?:d|ds|t|ding) (?:[\w-]+ ){0,4}?with\b", r"constru\w+ (?:[\w'’-]+ ){0,4}?avec\b", r"bau(?:t|en|te|ten) mit\b",
    r"constru\w+ (?:[\w-]+ ){0,4}?con\b",
    # purchase and spending commitments: "committed to purchase $250 billion of Azure services",
    # "se compromete a gastar 30.000 millones en Azure", "s'engage à dépenser … chez", "verpflichtet sich, … bei"
    r"purchas(?:e|es|ed|ing) (?:(?!stakes?\b|shares\b|equity\b)[^,;.]){0,50}? (?:of|from)\b", r"spend(?:s|ing)? .{0,50}? on\b(?=.{0,30}(?:servic|cloud|comput|chip|capacit))",
    r"commit\w* to (?:spend|buy|purchase) .{0,50}? (?:on|of|from|with)\b",
    r"s'engag\w+ [àa] (?:d[ée]penser|acheter) .{0,50}? (?:chez|aupr[èe]s d[e'’]|de|en)\b",
    r"se compromet\w+ a (?:gastar|comprar) .{0,60}? (?:en|de|a)\b",
    r"verpflicht\w* sich\W+.{0,60}?(?:bei|von)\b",
    # access to a supplier's models: "un accord donnant accès aux modèles de X", "access to X's models"
    r"acc[èe]s (?:[àa]|aux?) (?:[\w'’-]+ ){0,5}(?:mod[èe]les|technologies?|services|puces|serveurs|capacit[ée]s|processeurs|GPU|TPU)",
    r"access to (?:[\w'’-]+ ){0,5}(?:models|technology|services|chips|servers|capacity|GPUs|TPUs|processors)",
    r"acceso a (?:[\w'’-]+ ){0,5}(?:modelos|tecnolog[íi]as?|servicios|chips|servidores|capacidad|GPU|TPU|procesadores)",
    r"Zugang zu (?:[\w'’-]+ ){0,4}(?:Modellen|Technologie|Diensten|Chips|Servern|Kapazit[äa]t|GPUs|TPUs|Prozessoren)",
    r"Zugriff auf (?:[\w'’-]+ ){0,4}(?:Modelle|Technologie|Dienste|Chips|Server|Kapazit[äa]t|GPUs|TPUs|Prozessoren)",
    r"trains? on", r"trained on", r"training on", r"depends? on", r"adopt\w*", r"deploy\w*", r"integrat\w*",
    r"clients? include", r"customers? include",
    # "X is a longtime customer of Y", "est client de", "ist Kunde von", "es cliente de"
    r"(?:is|are|was|were|became|remains?) (?:[\w-]+ ){0,3}?(?:customer|client)s? of",
    r"(?<!n['’])(?:est|sont|[ée]tait|devient|reste|est devenue?) (?:[\w-]+ ){0,3}?client(?:e|es|s)? (?:de|du|d['’]|des)",
    r"(?:ist|sind|war|wird|bleibt) (?:[\w-]+ ){0,3}?Kunden? (?:von|bei|des)",
    r"(?:es|son|era|sigue siendo|se convirti[óo] en) (?:[\w-]+ ){0,3}?clientes? (?:de|del)",
    r"(?<=,\s)(?:a|an|un|une|ein|eine|una)\s+(?:[\w-]+\s+){0,2}?(?:customer|client|clientes?|Kunde)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:of|de|du|d['’]|von|bei|del)\b",
    r"a client of", r"a customer of", r"hosted on", r"brings? .{0,40} into", r"added .{0,40} to", r"adds .{0,40} to",
    r"utilis\w+", r"s'appui\w+ sur", r"s'appuyer sur", r"choisi\w*", r"a opt[ée] pour", r"opt\w+ pour", r"pr[ée]f[èe]r\w+",
    r"favoris\w+", r"collabor\w+ (?:(?:already|closely|also|d[ée]j[àa]|[ée]troitement|aussi|ya|estrechamente|tambi[ée]n) )?avec", r"travaill\w+ (?:(?:already|closely|also|d[ée]j[àa]|[ée]troitement|aussi|ya|estrechamente|tambi[ée]n) )?avec", r"recour\w+ [àa]", r"se tourn\w+ vers", r"bascul\w+ vers",
    r"s'[ée]quip\w+", r"mise sur", r"misent sur", r"parmi les clients", r"h[ée]berg\w+",
    r"entra[îi]n\w+ sur", r"int[èeé]gr\w+",
    r"nutz\w*", r"genutzt", r"leverag(?:e|es|ed|ing)\b", r"setzt\w* auf", r"gesetzt", r"entschied\w* sich f[üu]r", r"entscheidet sich f[üu]r", r"w[äa]hlt\w*", r"(?:aus)?gew[äa]hlt", r"beauftragt",
    r"arbeitet\w* mit", r"kooperiert", r"zu den kunden", r"kunden (?:wie|sind|z[äa]hlen)", r"verwendet", r"baut auf",
    r"trainiert\w* auf", r"bezieht", r"statt\b", r"einsetz\w*", r"setzt .{0,30} ein",
    r"(?-i:usa)\b", r"(?-i:usan)\b", r"(?-i:us(?:ar|ar[áa]|ar[áa]n|aba|aban|[óo]|aron|ando))\b", r"utiliz\w+", r"emple(?:a|an|aba|aban|[óo]|aron|ar[áa]|ar[áa]n|ar|ado|ando)\b", r"eligi\w+", r"eleg(?:ido|ida|idos|idas|ir)\b", r"elige\w*", r"escogi\w+", r"apuest\w+ por",
    r"conf[íi]a\w* en", r"colabor\w+ (?:(?:already|closely|also|d[ée]j[àa]|[ée]troitement|aussi|ya|estrechamente|tambi[ée]n) )?con", r"trabaj\w+ (?:(?:already|closely|also|d[ée]j[àa]|[ée]troitement|aussi|ya|estrechamente|tambi[ée]n) )?con", r"recurr\w+ a", r"clientes como",
    r"se apoya\w* en", r"opt[óo] por", r"opta(?:do|da|n|ron)? por", r"desplieg\w+", r"implant\w+", r"licencias? de", r"licences? de",
)
AVOID = _rx(
    r"dropp(?:ed|ing)?\b", r"drops\b", r"cut(?:s|ting)? ties", r"paus(?:e|es|ed|ing)\b", r"wound down", r"wind(?:s|ing)? down",
    r"halt(?:s|ed)?\b", r"stopp(?:ed|ing)? (?:working|using)", r"stops? (?:working|using)", r"end(?:s|ed|ing)? (?:its|their|the) (?:\w+ )?(?:work|relationship|contract|agreement|partnership|deal|collaboration)",
    r"moved away from", r"moving away from", r"mov(?:e|es|ed|ing) .{0,50}? away from", r"distanc\w+ (?:itself|themselves) from",
    r"prenn?\w* (?:leurs|ses|sa) distances? avec", r"met\w* (?:\w+ )?fin [àa]", r"r[ée]dui\w* (?:sa|leur) collaboration avec",
    r"f[äa]hrt .{0,40}zur[üu]ck", r"auslaufen", r"retir\w+ (?:sus|su) \w+ de", r"reduc\w+ (?:su|sus) colaboraci[óo]n con",
    r"pull(?:s|ed|ing)? back from", r"pull(?:s|ed|ing)? (?:back|away) from", r"step(?:s|ped)? back from",
    r"complain\w*", r"ditch\w*", r"quality (?:issues|problems|concerns)", r"pointant du doigt", r"pointing to",
    r"probl[èe]mes? de qualit[ée]", r"qualit[äa]tsprobleme\w*", r"problemas de calidad", r"criticiz\w*", r"abandon\w*", r"rather than", r"instead of", r"phas(?:e|es|ed|ing) out", r"sever(?:s|ed|ing)?\b",
    r"a cess[ée]", r"cess\w+ de travailler", r"rompu\w*", r"romp\w+ avec", r"s'[ée]loign\w+", r"suspend\w*",
    r"mis fin", r"met fin", r"mettre fin", r"se d[ée]tourn\w+", r"plut[ôo]t qu(?:e|['’])", r"au lieu d(?:e|['’])", r"d[ée]laiss\w+", r"lâch\w+",
    r"se retir\w+", r"se plaint", r"critiqu\w+", r"tourn\w+ le dos",
    r"beende\w*", r"stopp\w*", r"trenn\w* sich (?:[\w-]+ ){0,3}?von", r"s[ée]par\w+ (?:\w+ ){0,2}d[e'’]",
    r"se separ\w+ de", r"prescind\w+ de", r"part(?:s|ed|ing)? ways with", r"verzicht\w* (?:[\w-]+ ){0,3}auf", r"gek[üu]ndigt", r"gestoppt", r"ausgesetzt", r"renonc\w+ (?:\w+ ){0,2}[àa]\b",
    r"renunci\w+ (?:\w+ ){0,2}a\b", r"g(?:ives|ave|iving) up on", r"k[üu]ndig\w*", r"r[üu]ckt\w* ab", r"abgewandt", r"wendet sich ab", r"zieht sich .{0,20}zur[üu]ck",
    r"zur[üu]ckgezogen", r"pausier\w*", r"setzt .{0,30} aus", r"statt der", r"anstelle", r"anstatt",
    # bans and restrictions of a supplier's tools: "Apple restricted the use of ChatGPT", "vetan ChatGPT"
    r"bann?(?:s|ed|ing)?\b", r"prohibit\w*", r"restrict(?:s|ed|ing)?\b", r"forb(?:id|ids|ade|idden)\b",
    r"bar(?:s|red)? (?:\w+ ){0,3}from using", r"limit(?:s|ed|ing)? (?:\w+ ){0,3}(?:access|use)",
    r"interdi(?:t|sent|sait|ra|re)\b", r"a interdit", r"interdit\w*", r"restrei\w+", r"restreint\w*", r"bann\w+",
    r"limit\w+ (?:[\w-]+ ){0,3}?(?:l['’]|le |son |leur )?(?:acc[èe]s|usage|utilisation)",
    r"verbiet\w*", r"verbot\w*", r"verboten", r"untersag\w*", r"eingeschr[äa]nkt", r"schr[äa]nk\w* .{0,40}ein\b",
    r"gesperrt", r"sperr(?:t|en|te|ten)\b",
    r"prohib\w+", r"restring\w+", r"restringi\w+", r"vet(?:a|an|[óo]|aron|ado|ada)\b",
    r"limit\w+ (?:[\w-]+ ){0,3}?(?:el |su |sus )?(?:acceso|uso)",
    r"rompi\w+", r"romp\w+ con", r"suspendi\w+", r"dej\w+ de (?:trabajar|usar)", r"se alej\w+", r"abandon\w+",
    r"en lugar de", r"en vez de", r"puso fin", r"pone fin", r"se retir\w+",
)
#: the supplier wins work from the customer: "CoreWeave won a contract from OpenAI", "décroche une commande auprès
#: de", "erhält einen Auftrag von", "obtiene un contrato de parte de"
CONTRACT_FROM = _rx(
    r"(?:w[io]ns?|landed|lands|secured|secures|gets|got|received|receives|bagged) (?:[\w$.,-]+ ){0,5}?(?:contract|order|"
    r"deal)s? (?:[\w.,'’$€-]+ ){0,5}?from",
    r"(?:remport|d[ée]croch|obtien|obtenu|d[ée]croch|gagn)\w* (?:[\w$.,'’-]+ ){0,5}?(?:contrat|commande|march[ée])s? "
    r"(?:[\w.,'’$€-]+ ){0,5}?(?:aupr[èe]s d[e'’]|de la part d[e'’])",
    r"(?:erh[äa]lt|erhielt|gewinnt|gewann|bekommt|bekam) (?:[\w.,-]+ ){0,5}?(?:Auftrag|Auftr[äa]ge|Vertrag|Zuschlag) "
    r"(?:[\w.,'’$€-]+ ){0,5}?(?:von|vom)",
    r"(?:gan[óa]|obtuvo|obtiene|consigu\w+|se adjudic\w+) (?:[\w.,-]+ ){0,5}?(?:contratos?|pedidos?) (?:[\w.,'’$€-]+ ){0,5}?"
    r"(?:de parte de|por parte de)",
)
#: "replaces X with Y": avoids X, prefers Y
REPLACE = _rx(r"replac(?:e|es|ed|ing)", r"remplac\w*", r"ersetz\w*", r"sustitu\w+", r"reemplaz\w+")
#: the word introducing the replacement: "with Y", "par Y", "durch Y", "por Y"
REPLACE_BY = re.compile(r"^\s*(?:with|by|par|durch|por|con)\s+(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
#: a preference in the passive, the customer as agent after the participle: "is being adopted by Y",
#: "adopté par Y", "adoptado por Y"; German puts the agent before it: "wird von Y eingesetzt"
PASSIVE_PREFER = _rx(
    r"(?:adopted|used|chosen|selected|deployed|picked|preferred|favou?red|tapped|integrated|licensed|relied on) by",
    r"(?:adopt|utilis|choisi|retenu|d[ée]ploy|privil[ée]gi|int[ée]gr|s[ée]lectionn|employ)\w*(?: \w+)? par",
    r"(?:adoptad|utilizad|usad|elegid|escogid|seleccionad|desplegad|emplead|integrad|preferid)\w*(?: \w+)? por",
    r"(?:wird|werden|wurde|wurden)\s+(?:[\w-]+\s+){0,3}?von\s+[^,.;]{1,60}?\s(?:genutzt|eingesetzt|verwendet|"
    r"ausgew[äa]hlt|gew[äa]hlt|bevorzugt|eingef[üu]hrt|integriert)",
)
#: the subject's product runs on the agent's: "Figure's robot is powered by OpenAI models", "hébergé par Azure"
POWERED_BY = _rx(r"powered by", r"hosted by", r"propuls[ée]e?s? par", r"aliment[ée]e?s? par", r"h[ée]berg[ée]e?s? par",
                 r"angetrieben von", r"gehostet von", r"impulsad[oa]s? por", r"alojad[oa]s? por")
#: a sentence opening on a possessive ("Its North platform …", "Sa plateforme …"): the thing belongs to the topic
POSSESSIVE_OPENING = re.compile(r"^\s*(?:Its|Their|Sa|Son|Ses|Leurs?|Sein\w*|Ihr\w*|Su|Sus)\s", re.IGNORECASE)
#: a product of the topic company that offers or builds in a supplier's models ("Sa plateforme proposait des modèles
#: de X et de Y", "Its assistant integrates models from X", "Seine Plattform bietet Modelle von X", "Su plataforma
#: integra los modelos de X"): the verb, then the gap up to the supplier's name
OFFER_VERB = re.compile(r"\b(?:propos\w*|int[èe]gr\w*|embarqu\w*|offr\w*|offer(?:s|ed|ing)?|integrat\w*|includ\w*|"
                        r"bietet|boten|integrier\w*|ofrec\w*|integr[aó]\w*|incluy\w*)\b", re.IGNORECASE)
MODELS_OF = re.compile(r"^\s+(?:[\w'’\-]+\s+){0,3}?(?:mod[eè]les?|models?|Modelle?n?|modelos?|LLMs?)\b[^,.;:]{0,25}?"
                       r"\s(?:de|d['’]|du|des|of|from|by|von|der|del)\s*$", re.IGNORECASE)
#: "équipe" as a verb ("AWS équipe Anthropic"), not the noun after a determiner ("l'équipe", "des équipes")
EQUIPS = (r"(?<!l')(?<!l’)(?<!d')(?<!d’)(?<!la )(?<!une )(?<!son )(?<!sa )(?<!leur )(?<!cette )(?<!notre )"
          r"(?<!votre )[ée]quip(?:e|ent|era|eront|ait|aient)\b")
#: the vendor is the subject and the customer follows: "Azure supplies OpenAI's compute", "AWS powers Anthropic"
SUPPLY = _rx(r"suppl(?:y|ies|ied)\b(?! by)", r"provid(?:e|es|ed)\b(?! by)", r"power(?:s|ed)\b(?! by)", r"fourni(?:t|ssent|ra)\b",
             r"alimente\w*", EQUIPS, r"liefer\w*", r"beliefer\w*", r"suministr\w+", r"prove[ée]\w*", r"abastece\w*",
             # selling compute to a customer: "Nvidia sells its chips to Meta", "vend de la capacité à"
             r"(?:sell(?:s|ing)?|sold|vend(?:s|ent|ait|ra|u)?|verkauf\w*|vend(?:e|en|i[óo]|er[áa]))\s+(?:[\w'’-]+\s+){0,3}?"
             r"(?:chips?|GPUs?|processors?|servers?|capacity|compute|cloud services|puces|serveurs|capacit[ée]s?|Chips|"
             r"Server|Kapazit[äa]ten|Rechenleistung|procesadores|servidores|capacidad)\s+(?:[\w-]+\s+){0,3}?"
             r"(?:to|[àa]|au|aux|an|a|al)\b")
REASONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("data quality", _rx(r"(?:data|donn[ée]es|daten|datos)\W+(?:\w+\W+){0,3}(?:quality|qualit[ée]|qualit[äa]t|calidad)",
                         r"(?:quality|qualit[ée]|qualit[äa]t|calidad)\W+(?:\w+\W+){0,3}(?:data|donn[ée]es|daten|datos)",
                         r"datenqualit[äa]t")),
    ("conflict of interest", _rx(r"conflict\w* of interest", r"conflit\w* d'int[ée]r[êe]ts?", r"interessenkonflikt\w*",
                                 r"conflicto\w* de inter[ée]s", r"neutral\w*", r"competitor\w*", r"rival\w*")),
    ("cost", _rx(r"cost\w*", r"price\w*", r"pricing", r"cheaper", r"co[ûu]t\w*", r"prix\b", r"moins cher", r"raisons? (?:\w+ ){0,2}financi\w+",
                 r"financial reasons", r"aus finanziellen Gr[üu]nden", r"razones (?:\w+ ){0,2}financ\w+",
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
