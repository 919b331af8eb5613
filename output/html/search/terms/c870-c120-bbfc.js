teSearchFile("terms/c870-c120-bbfc",[["조선민주주의인민공화국",[1,1,2],[]]]);
