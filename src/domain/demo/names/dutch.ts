// Common Flemish and Dutch first names and surnames, as a Belgian HR export would show them.
const list = (text: string) =>
  text
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);

export const dutchFirstNames = list(`
  Lucas, Liam, Noah, Louis, Arthur, Jules, Mats, Finn, Vic, Lars, Warre, Wout, Seppe, Senne, Jasper,
  Thijs, Daan, Ruben, Bram, Stijn, Pieter, Jan, Tom, Bart, Koen, Wim, Dirk, Geert, Peter, Kris,
  Steven, Jeroen, Joris, Wouter, Tim, Sam, Niels, Michiel, Jens, Robbe, Kobe, Lennert, Brecht, Arne,
  Tibo, Rune, Mathis, Milan, Lowie, Staf, Nand, Cas, Gust, Jef, Rik, Luc, Marc, Guy, Erik, Hans,
  Johan, Filip, Frank, Patrick, Dries, Maarten, Sander, Gert, Ward, Jonas, Simon, Elias, Matthias,
  Gilles, Toon, Lander, Jelle, Wannes, Klaas, Hendrik, Willem, Bert, Gijs, Hannes, Jordi, Kenneth,
  Dimitri, Yannick, Kristof, Sven, Ben, Ivo, Raf, Dieter, Korneel, Emiel, Ferre, Fons, Mil, Jos,
  Emma, Olivia, Louise, Mila, Noor, Lore, Lotte, Fien, Marie, Elise, Hanne, Ine, Eline, Sofie, Sarah,
  Lien, Leen, An, Els, Katrien, Karen, Veerle, Inge, Ilse, Griet, Hilde, Kathleen, Nathalie, Sandra,
  Tine, Evi, Nele, Lieve, Marijke, Annelies, Liesbeth, Femke, Sanne, Lisa, Laura, Julie, Charlotte,
  Jana, Nina, Lena, Roos, Tess, Ellen, Kaat, Jolien, Nona, Lieze, Nore, Ilona, Ruth, Heleen, Stien,
  Febe, Amber, Yana, Axelle, Wendy, Kelly, Caroline, Evelien, Joke, Martine, Rita, Mieke, Greet,
  Chris, Dorien, Lies, Silke, Anouk, Margot, Jinthe, Floor, Merel, Saar, Bo, Fleur, Ella, Jente, Lise,
  Nienke, Annick, Ann, Linde, Britt, Elke, Gitte, Katleen, Mira, Pauline, Renée, Sien, Soetkin,
  Ymke, Zoë, Helena, Hélène, Jasmien, Kimberly, Leontien, Marthe, Oona, Paulien, Rani, Tamara
`);

export const dutchLastNames = list(`
  Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens, Wouters, De Smet, Vermeulen,
  Van den Broeck, Pauwels, Dumont, Hermans, Aerts, Michiels, Desmet, Verstraete, Martens, Cools,
  Declercq, Van Damme, Smets, Claeys, Lambrechts, Verhoeven, De Clercq, Bogaerts, Van de Velde,
  Stevens, Wuyts, Hendrickx, De Backer, Van Dyck, Vandenberghe, Thys, De Vos, Segers, Leclercq,
  Coppens, Verbeke, Heylen, De Meyer, Van Hoof, Sels, Moens, Verschueren, Baert, Van Acker,
  De Wilde, Geerts, Vermeiren, Van Hecke, De Pauw, Verlinden, Jansen, Dewulf, Vandamme, Dierickx,
  De Cock, Schepens, Van Laere, Bosmans, Van Camp, Engelen, Nijs, Buysse, Vervoort, Van Loon,
  Mariën, Verhaegen, Van Gestel, Hoste, Daems, Timmermans, Verbruggen, Van Aken, De Bruyne,
  Vanhoutte, Raes, Vandecasteele, Lemmens, Van Hove, Sterckx, De Groote, Haesaert, Baeten,
  Vanderstraeten, Verheyen, Van Roy, Luyten, Van Looy, Decock, Bauwens, Van Goethem, De Ridder,
  Vanhove, Verhelst, De Jonghe, Van Mol, Mees, Ceulemans, Deckers, Van Rompuy, Bracke, Cuypers,
  Goris, Vlaeminck, Gielen, Van Mechelen, Roels, Adams, Vanneste, Dhondt, De Keyser, Smeets,
  Verbist, De Roeck, Van Eeckhout, Laermans, Hellemans, Meeus, Vandewalle, Van der Linden,
  Beerens, De Wolf, Van Hulle, Demeyer, Verheyden, Van Houtte, Huysmans, Van Impe, Lauwers,
  Van Herck, De Coninck, Cornelis, Steenackers, Van den Bossche, Van de Voorde, Wyns, Dewaele,
  Vanderhaegen, Callens, Deprez, Goethals, Vanhaecke, Van Parys, Vercruysse, Lievens, Maertens,
  Vanhecke, Van Wesemael, Verbeeck, Hoefnagels, Geens, Sleeckx, Van Gorp, Peetermans, Bollen,
  Cuppens, Dirix, Schoofs, Wijnants, Hannes, Pellens, Vanderheyden, Bertels, Swinnen, Vrancken,
  Kenis, Reynders, Claessens, Theunis, Ruelens, Van Ende, Vandeputte, Desmedt, Delanghe, Vanassche,
  Bekaert, Verfaillie, Taveirne, Ghekiere, Ryckaert, Lannoo, Ampe, Depoorter, Vandaele, D'hondt,
  Van Ranst, Verstappen, Nuyts, Wellens, Verelst, Dockx, Van Dessel, Bervoets, Van Lommel
`);
