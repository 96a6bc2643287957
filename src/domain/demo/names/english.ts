// Common English first names and surnames, for expats and colleagues abroad.
const list = (text: string) =>
  text
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);

export const englishFirstNames = list(`
  Oliver, George, Harry, Jack, Jacob, Charlie, Thomas, Oscar, William, James, Henry, Leo, Alfie,
  Joshua, Freddie, Archie, Ethan, Isaac, Alexander, Joseph, Edward, Samuel, Max, Daniel, Arthur,
  Lucas, Mohammed, Logan, Theo, Harrison, Benjamin, Mason, Sebastian, Finley, Adam, Dylan, Zachary,
  Riley, Teddy, Elliot, Toby, Jake, Luke, Matthew, Ryan, Nathan, Aaron, Callum, Connor, Kieran,
  Liam, Owen, Rhys, Sean, Patrick, Michael, David, Andrew, Mark, Paul, Simon, Richard, Stephen,
  Christopher, Robert, John, Peter, Anthony, Gareth, Neil, Ian, Graham, Colin, Martin, Gavin,
  Stuart, Alan, Brian, Kevin, Craig, Jamie, Ross, Scott, Dominic, Felix, Hugo, Rupert, Miles, Rory,
  Olivia, Amelia, Isla, Ava, Emily, Isabella, Mia, Poppy, Ella, Lily, Sophie, Grace, Evie, Jessica,
  Chloe, Ruby, Freya, Alice, Florence, Daisy, Phoebe, Sienna, Matilda, Harriet, Rosie, Imogen,
  Lucy, Holly, Megan, Hannah, Charlotte, Abigail, Eleanor, Katie, Lauren, Rebecca, Amy, Rachel,
  Emma, Sarah, Laura, Helen, Claire, Victoria, Nicola, Joanne, Karen, Michelle, Kelly, Louise,
  Samantha, Gemma, Natalie, Jennifer, Elizabeth, Catherine, Fiona, Alison, Julie, Heather, Tracy,
  Jane, Susan, Margaret, Anna, Zoe, Beth, Kirsty, Leanne, Stacey, Hayley, Jodie, Kayleigh, Naomi,
  Esme, Maisie, Willow, Ivy, Aria, Bethany, Carys, Cerys, Ffion, Niamh, Siobhan, Aisling, Orla,
  Priya, Ananya, Aarav, Arjun, Divya, Kavya, Rohan, Vikram, Meera, Nikhil, Sneha, Rahul, Deepa,
  Sanjay, Lakshmi, Karthik, Aditi, Harish, Pooja, Ravi, Shreya, Suresh, Anil, Nandini, Varun
`);

export const englishLastNames = list(`
  Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts, Robinson,
  Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke, Patel,
  Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, King, Baker,
  Harrison, Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, Price, Bennett, Young,
  Griffiths, Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell, Shaw, Murphy,
  Miller, Cox, Richards, Khan, Marshall, Anderson, Simpson, Ellis, Adams, Singh, Begum, Wilkinson,
  Foster, Chapman, Powell, Webb, Rogers, Gray, Mason, Ali, Hunt, Hussain, Campbell, Matthews, Owen,
  Palmer, Holmes, Mills, Barnes, Knight, Lloyd, Butler, Russell, Barker, Fisher, Stevens, Jenkins,
  Murray, Dixon, Harvey, Graham, Pearson, Ahmed, Fletcher, Walsh, Kaur, Gibson, Howard, Andrews,
  Stewart, Elliott, Reynolds, Saunders, Payne, Fox, Ford, Pearce, Day, Brooks, West, Lawrence,
  Cole, Atkinson, Bradley, Spencer, Gill, Dawson, Ball, Burton, O'Brien, Watts, Rose, Booth,
  Perry, Ryan, Grant, Wells, Armstrong, Francis, Rees, Hayes, Hart, Hudson, Newman, Barrett,
  Webster, Hunter, Gregory, Carr, Lowe, Page, Marsh, Riley, Dunn, Woods, Parsons, Berry, Stone,
  Reid, Holland, Hawkins, Harding, Porter, Robertson, Newton, Oliver, Reed, Kennedy, Williamson,
  Bird, Gardner, Shah, Dean, Lane, Cooke, Bates, Henderson, Parry, Burgess, Bishop, Walton,
  Burns, Nicholson, Shepherd, Ross, Cross, Long, Freeman, Warren, Nicholls, Hamilton, Byrne,
  Iyer, Nair, Reddy, Rao, Sharma, Gupta, Menon, Pillai, Krishnan, Subramanian, Venkatesh, Joshi
`);
