// Common Walloon, Brussels and French first names and surnames.
const list = (text: string) =>
  text
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);

export const frenchFirstNames = list(`
  Antoine, Baptiste, Benoît, Bernard, Cédric, Christophe, Clément, Damien, David, Denis, Didier,
  Dominique, Édouard, Éric, Étienne, Fabrice, Florent, François, Frédéric, Gaëtan, Gauthier,
  Guillaume, Hugo, Jacques, Jean, Jean-Marc, Jean-Pierre, Jérôme, Julien, Laurent, Loïc, Louis,
  Luc, Marc, Martin, Mathieu, Maxime, Michel, Nicolas, Olivier, Pascal, Philippe, Pierre, Quentin,
  Raphaël, Renaud, Romain, Sébastien, Serge, Simon, Stéphane, Thibault, Thierry, Thomas, Valentin,
  Vincent, Xavier, Yves, Adrien, Alexandre, Arnaud, Aurélien, Bastien, Charles, Corentin, Cyril,
  Émile, Florian, Gabriel, Grégory, Hervé, Jonathan, Kevin, Lionel, Ludovic, Marius, Mathias,
  Noé, Patrice, Rémi, Robin, Samuel, Sacha, Théo, Tristan, Victor, William, Yann, Alain, Régis,
  Amandine, Anne, Aurélie, Audrey, Béatrice, Camille, Caroline, Catherine, Cécile, Céline, Chantal,
  Charlotte, Chloé, Christine, Claire, Coralie, Delphine, Élodie, Émilie, Florence, Françoise,
  Gaëlle, Géraldine, Hélène, Isabelle, Jacqueline, Jeanne, Joëlle, Julie, Juliette, Justine,
  Laetitia, Laure, Léa, Lucie, Manon, Margaux, Marie, Marine, Martine, Mathilde, Mélanie,
  Michèle, Monique, Morgane, Nathalie, Noémie, Océane, Pascale, Pauline, Sabrina, Sandrine,
  Sophie, Stéphanie, Sylvie, Valérie, Véronique, Virginie, Zoé, Adèle, Agathe, Alice, Amélie,
  Anaïs, Apolline, Capucine, Clémence, Elsa, Estelle, Eva, Fanny, Gabrielle, Inès, Jade, Joséphine,
  Léonie, Lola, Louise, Maëlle, Maud, Nadia, Nadine, Ophélie, Romane, Rose, Salomé, Solène, Yasmine,
  Axelle, Bérénice, Colette, Dorothée, Éloïse, Ghislaine, Irène, Ludivine, Marion, Nicole
`);

export const frenchLastNames = list(`
  Dubois, Lambert, Dupont, Martin, Simon, Laurent, Leroy, Lejeune, Renard, Lefèbvre, Collard,
  François, Denis, Gérard, Lemaire, Mathieu, Dumont, Fontaine, Leclercq, Jacquet, Henrard, Gilson,
  Noël, Thiry, Marchal, Wathelet, Collignon, Louis, Hubert, Piron, Lambotte, Masson, Remy, Charlier,
  Bodart, Delvaux, Dubuisson, Gillet, Goffin, Hardy, Jacob, Lecomte, Legrand, Maréchal, Michaux,
  Monfort, Pirotte, Poncelet, Renson, Servais, Stassen, Thomas, Vandenbroucke, Warnier, André,
  Bastin, Baudoux, Bertrand, Bouchat, Bourgeois, Burton, Claude, Cornet, Dardenne, Defourny,
  Delhaye, Deprez, Desmet, Detry, Dethier, Dewez, Dufour, Durant, Englebert, Evrard, Fabry,
  Fiévez, Flamand, Gérôme, Ghislain, Gobert, Godefroid, Grégoire, Guillaume, Henry, Herman,
  Hougardy, Huet, Jadot, Jamar, Joris, Kinet, Lacroix, Lallemand, Laloux, Lardinois, Leboutte,
  Ledent, Léonard, Libert, Lhoest, Lorquet, Magis, Mahy, Malherbe, Marion, Mercier, Michel,
  Minet, Moreau, Mottet, Nicolay, Nizet, Parmentier, Paquay, Pâques, Petit, Philippe, Pierard,
  Poulet, Quintin, Raskin, Robert, Roland, Rousseau, Sacré, Schmitz, Silvestre, Smal, Tasiaux,
  Thonon, Toussaint, Urbain, Vanhove, Vigneron, Wilmotte, Wéry, Close, Crespin, Dache, Delcourt,
  Delforge, Demarche, Depasse, Descamps, Dessy, Doyen, Dupuis, Étienne, Falise, Gaspard, Genot,
  Gilles, Grandjean, Hanquet, Hennuy, Jacquemin, Javaux, Lahaye, Lejoly, Lemoine, Lenoir,
  Lhoir, Loncin, Mathy, Maquet, Massart, Monseur, Navez, Olivier, Pochet, Renkin, Rigaux, Rolin,
  Schoonbroodt, Sépulchre, Soumoy, Thirion, Tilman, Tonglet, Vervier, Vincent, Walravens, Zaman
`);
