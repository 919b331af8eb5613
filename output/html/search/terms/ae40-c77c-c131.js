teSearchFile("terms/ae40-c77c-c131",[["김일성",[1,1,2],[]]]);
