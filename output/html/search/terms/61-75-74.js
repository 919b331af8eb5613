teSearchFile("terms/61-75-74",[["author",[1,1,50],[]]]);
