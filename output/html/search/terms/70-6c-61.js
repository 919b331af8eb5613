teSearchFile("terms/70-6c-61",[["place",[1,1,36],[]],["plants",[1,1,30],[]]]);
