import Testing  // the scorers' tests arrive with them
