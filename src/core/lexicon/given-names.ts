/**
 * A compact list of given names, so a person the KB has never heard of is still recognised
 * ("Leonhard Foeger", "Paulina Duran"). The KB adds the given names of every person it holds
 * (`KbLookup.isGivenName`); this list covers common names across languages that news text
 * names often. Folded keys (see `foldWord`).
 */
const NAMES = `
aaron abdul abdullah abdel abu adam adel adrian ahmad ahmed aidan aisha akira alan albert alberto
alejandro aleksandr alex alexander alexandra alexandre alexei alexis alfonso alfred ali alice alicia
alison allan allen alvaro amanda amber amir amit amy ana anastasia anders andre andrea andreas andres
andrew andrei andrzej andy angela angelo angus anil ann anna anne annie anthony antoine anton antonio
arnold arthur arun ashley ashok audrey austin avril ayman barack barbara barry bart beatriz ben benjamin
bernard bernie beth betty bill billy bob bobby boris brad bradley brandon brenda brendan brent brett
brian bruce bruno bryan byron caleb cameron camila carl carla carlo carlos carmen carol caroline
carolyn catherine cathy charles charlie charlotte chen cheng chris christian christina christine
christopher chuck cindy claire clara claude claudia claudio colin connor craig cristina cynthia
dan dana daniel daniela danielle danny dario darren dave david dawn dean deborah debra denis dennis
derek diana diane diego dmitry dominic don donald donna doris doug douglas dylan earl ed eddie edgar
edith edmund eduardo edward elena eli elias elijah elisabeth elizabeth ella ellen elon emily emma
emmanuel enrique eric erik erin ernest ernesto esther ethan eugene eva evan evelyn fabio farah
fatima federico felipe felix fernando filip fiona francesca francesco francis francisco frank
franz fred frederick gabriel gabriela gail gareth gary gavin geoffrey george georgi gerald gerard
gerhard giorgio giovanni giuseppe glen glenn gloria gordon grace graham grant greg gregory guillermo
gustavo guy hamad hamid hannah hans harold harry hassan heather hector heidi heinz helen helena
henri henrik henry herbert hiroshi hugh hugo hussein ian ibrahim igor ilya irene isaac isabel
isabella ivan jack jackie jacob jacques jaime jake james jamie jan jane janet janice jason javier
jay jean jeff jeffrey jennifer jens jeremy jerome jerry jesse jessica jesus jill jim jimmy jin joan
joanna joao joaquin jodie joe joel johann johannes john johnny jon jonathan jordi jorge jose josef
joseph josh joshua joyce juan judith judy julia julian julie julio jurgen justin kamala karen karim
karl kate katherine kathleen kathryn kathy katie keith kelly ken kenji kenneth kevin khalid kim
kirk klaus kristen kurt kyle lara larry laura lauren lawrence lee leo leon leonard leonardo leonhard
lewis liam lily linda lindsey lisa liz lloyd lorenzo louis louise lucas lucy luigi luis luke lydia
lynn magdalena mahmoud malcolm manuel marc marcel marco marcus margaret maria marie marina mario
marion mark marta martha martin mary mateo matt matteo matthew maurice max maxim megan mehmet
melanie melissa michael michel michelle miguel mike mikhail min mitch mohamed mohammad mohammed
monica morgan muhammad nadia nancy naomi natalia natalie nathan neil nelson nicholas nick nicolas
nicola nicole nigel nikolai nina noah noel norman oleg olga oliver olivia omar oscar owen pablo
pamela paolo pascal patricia patrick paul paula paulina pedro penny pete peter petra phil philip
philippe pierre pietro rachel rafael rahul raj ralph ramon randy raul ray raymond rebecca reza
ricardo richard rick ricky rita rob robert roberto robin rodrigo roger roland ron ronald rosa ross
roy ruben russell ruth ryan sabine sadiq saeed salman sam samantha samir samuel sandra sanjay sara
sarah scott sean sebastian sergei sergey sergio seth shane sharon shaun sheila shinzo simon sofia
sophie stanley stefan stefano stephanie stephen steve steven stuart sue susan sylvia takashi tamara
tanya taro ted teresa terry theresa thomas tiffany tim timothy tina todd tom tommy tony tracy
travis tyler valentina valerie vanessa venkat veronica victor victoria vijay vincent viktor
vladimir walter wang wayne wei wendy werner will william willie wolfgang xavier yasmin yuki yuri yusuf
zachary zhang
`;

export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));
