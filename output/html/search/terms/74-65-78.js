teSearchFile("terms/74-65-78",[["text",[1,2,44,10],[]]]);
